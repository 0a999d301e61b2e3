import { afterAll, describe, expect, it } from 'vitest';
import { reportArtifactFiles } from './artifact_files.js';
import { closeReportPool, renderArtifactFilesOffThread } from './report_pool.js';
import { sampleReportDocument } from './test_support/sample_report_document.js';

afterAll(closeReportPool);

describe('renderArtifactFilesOffThread', () => {
  it('renders on a worker thread exactly the files this thread renders: report.html, report.md and the two PNGs, byte for byte', async () => {
    const document = await sampleReportDocument();
    const here = reportArtifactFiles(document, '# report');
    const offThread = await renderArtifactFilesOffThread(document, '# report');
    expect(offThread.map(({ name, mimeType }) => `${name} ${mimeType}`)).toEqual(['report.html text/html', 'report.md text/markdown', 'equity.png image/png', 'drawdown.png image/png']);
    expect(offThread.map(({ data }) => Buffer.from(data).toString('base64'))).toEqual(here.map(({ data }) => Buffer.from(data).toString('base64')));
  }, 60_000);

  it('leaves the event loop free while it renders: no timer is held back 100 ms', async () => {
    const document = await sampleReportDocument();
    await renderArtifactFilesOffThread(document, '# warm');
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 5);
    const here = performance.now();
    reportArtifactFiles(document, '# here');
    const blockedHere = performance.now() - here;
    last = performance.now();
    worst = 0;
    await Promise.all([1, 2, 3].map(() => renderArtifactFilesOffThread(document, '# off')));
    clearInterval(timer);
    expect(blockedHere).toBeGreaterThan(100);
    expect(worst).toBeLessThan(100);
  }, 60_000);
});
