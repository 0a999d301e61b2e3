import type { Reporter, TestModule } from 'vitest/node';

/** How many of the slowest files the summary names: enough to see where CI's minutes go. */
const SLOWEST_SHOWN = 12;

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

/**
 * Ends every run with one plain line, `Tests: N passed, N failed, N skipped`, which CI reads to
 * know how many tests ran (vitest's own summary is not in a format it recognises), after the
 * slowest test files (import plus tests), so the 20-minute CI budget can be watched.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      if (testModule.state() === 'failed' && testModule.children.size === 0) counts.failed++;
    }
    const timed = testModules.map((testModule) => {
      const diagnostic = testModule.diagnostic();
      return { file: testModule.relativeModuleId, took: diagnostic.collectDuration + diagnostic.duration };
    });
    const slowest = timed.sort((a, b) => b.took - a.took).slice(0, SLOWEST_SHOWN);
    if (slowest.length > 1) {
      process.stdout.write(`\nSlowest test files:\n${slowest.map(({ file, took }) => `  ${seconds(took).padStart(8)}  ${file}`).join('\n')}\n`);
    }
    process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
