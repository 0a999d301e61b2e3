/** The Cloud Run service definition holds the seed's figures (issue 16 §3) and is valid YAML. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

const service = parse(readFileSync(new URL('./service.yaml', import.meta.url), 'utf8'));
const template = service.spec.template;
const container = template.spec.containers[0];
const env = new Map<string, EnvVar>(container.env.map((variable: EnvVar) => [variable.name, variable]));

describe('deploy/cloudrun/service.yaml', () => {
  it('is a Knative service scaling from 0 to 10 at concurrency 80', () => {
    expect(service.apiVersion).toBe('serving.knative.dev/v1');
    expect(service.kind).toBe('Service');
    expect(template.metadata.annotations['autoscaling.knative.dev/minScale']).toBe('0');
    expect(template.metadata.annotations['autoscaling.knative.dev/maxScale']).toBe('10');
    expect(template.spec.containerConcurrency).toBe(80);
  });

  it('has 2 CPUs, 2 GiB, a 300 s timeout and a dedicated service account', () => {
    expect(container.resources.limits).toEqual({ cpu: '2', memory: '2Gi' });
    expect(template.spec.timeoutSeconds).toBe(300);
    expect(template.spec.serviceAccountName).toMatch(/^backtestpilot-run@.+\.iam\.gserviceaccount\.com$/);
  });

  it('probes /readyz at start-up and /healthz for liveness', () => {
    expect(container.startupProbe.httpGet.path).toBe('/readyz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
  });

  it('takes GOOGLE_API_KEY, BTP_API_KEYS and the database URL from Secret Manager, and reaches Cloud SQL', () => {
    for (const name of ['GOOGLE_API_KEY', 'BTP_API_KEYS', 'BTP_DATABASE_URL']) {
      expect(env.get(name)?.valueFrom?.secretKeyRef?.key, name).toBe('latest');
      expect(env.get(name)?.value).toBeUndefined();
    }
    expect(template.metadata.annotations['run.googleapis.com/cloudsql-instances']).toMatch(/:backtestpilot-pg$/);
  });

  it('sizes the run queue to the concurrency and the run timeout under the request timeout', () => {
    expect(Number(env.get('BTP_MAX_QUEUED_RUNS')?.value)).toBe(template.spec.containerConcurrency);
    expect(Number(env.get('BTP_RUN_TIMEOUT_S')?.value)).toBeLessThan(template.spec.timeoutSeconds);
  });
});
