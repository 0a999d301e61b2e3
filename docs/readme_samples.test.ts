import { describe, expect, it } from 'vitest';
import { README_SAMPLES, exitCodeTable, maskTimings, readmeExitCodeTable, readmeSamples, renderSample } from './readme_samples.js';

describe('the README\'s samples are what the tool prints (npm run docs regenerates them)', () => {
  const inReadme = readmeSamples();

  it('marks every generated sample, and no other', () => {
    expect([...inReadme.keys()].sort()).toEqual(README_SAMPLES.map((sample) => sample.name).sort());
  });

  it.each(README_SAMPLES.map((sample) => [sample.name, sample] as const))('%s', async (_name, sample) => {
    expect(maskTimings(inReadme.get(sample.name)!), 'the README drifted: run npm run docs').toBe(maskTimings(await renderSample(sample)));
  }, 120_000);

  it('lists every error code under its exit code, as the CLI exits', () => {
    expect(readmeExitCodeTable(), 'the README drifted: run npm run docs').toBe(exitCodeTable());
  });

  it('masks only timings and save times', () => {
    expect(maskTimings('120 backtests … in 1.1 s; ran in 621 ms; Sharpe 1.36, 13 symbols')).toBe('120 backtests … in <time>; ran in <time>; Sharpe 1.36, 13 symbols');
    expect(maskTimings('│  2 │ 2026-12-04 07:47 │ Backtest MACD on ETH for 2023 (2023-01-01 → 2023-12-31)')).toBe('│  2 │ <saved at> │ Backtest MACD on ETH for 2023 (2023-01-01 → 2023-12-31)');
  });
});
