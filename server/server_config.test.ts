import { describe, expect, it } from 'vitest';
import { loadServerConfig } from './server_config.js';

describe('BTP_ARTIFACT_URI', () => {
  it('keeps artifacts on disk by default, and takes a folder, a bucket or memory://', () => {
    expect(loadServerConfig({}).artifactUri).toBe('file://./data/artifacts');
    for (const uri of ['file:///srv/btp/artifacts', 'gs://btp-artifacts', 'memory://']) expect(loadServerConfig({ BTP_ARTIFACT_URI: uri }).artifactUri).toBe(uri);
  });

  it('refuses anything else with a line naming the variable', () => {
    for (const uri of ['s3://bucket', './artifacts', 'gs://', 'file://']) {
      expect(() => loadServerConfig({ BTP_ARTIFACT_URI: uri })).toThrow(/BTP_ARTIFACT_URI must be file:\/\/<folder>, gs:\/\/<bucket> or memory:\/\//);
    }
  });
});
