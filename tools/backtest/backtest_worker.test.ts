import { describe, expect, it } from 'vitest';
import { loadSeries } from '../data/index.js';
import type { BacktestJob } from './backtest_job.js';
import runBacktestBatch from './backtest_worker.js';
import { resolveEngineSettings } from './engine_settings.js';
import { runBacktest } from './run_backtest.js';

const dataDir = process.env.BTP_DATA_DIR!;

describe('runBacktestBatch', () => {
  it('gives every job the result it has alone, whether its series is shared with other jobs (one indicator cache) or not', async () => {
    const [btc, eth] = await Promise.all([loadSeries('BTC', { dataDir }), loadSeries('ETH', { dataDir })]);
    const settings = resolveEngineSettings();
    const range = { start: '2021-01-01', end: '2024-12-31' };
    const jobs: BacktestJob[] = [
      { series: btc, strategy: 'sma_crossover', params: { short: 20, long: 50 }, range, settings },
      { series: btc, strategy: 'bollinger_bands', params: { period: 20 }, range, settings },
      { series: btc, strategy: 'sma_crossover', params: { short: 10, long: 20 }, range, settings },
      { series: eth, strategy: 'ema_crossover', range, settings },
    ];
    const alone = jobs.map((job) => runBacktest(job.series, job));
    expect(runBacktestBatch({ jobs })).toEqual(alone);
    // And the results differ from job to job, so the comparison above can fail.
    expect(new Set(alone.map((result) => result.metrics.final_equity)).size).toBe(jobs.length);
  });
});
