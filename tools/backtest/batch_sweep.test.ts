import { afterAll, describe, expect, it } from 'vitest';
import { backtestStrategies } from './backtest_strategies.js';
import { summarizeBacktestBatch } from './backtest_worker.js';
import { planBatchSweep, runBatchSweep } from './batch_sweep.js';
import type { RemoteBacktestRunner } from './remote_backtest_runner.js';
import { closeWorkerPool } from './worker_pool.js';

const data = { dataDir: process.env.BTP_DATA_DIR!, riskFreeRate: 0 };

afterAll(closeWorkerPool);

describe('planBatchSweep', () => {
  it('plans interval-major, then symbol, then strategy; "all" is each symbol the data has at each interval', async () => {
    const plan = await planBatchSweep({ symbols: 'all', strategies: [{ name: 'sma_crossover' }, { name: 'buy_and_hold' }], intervals: ['1d', '1h'] }, data);
    const pairs = [...new Set(plan.jobs.map((job) => `${job.series.interval} ${job.series.symbol}`))];
    // The bundled sample: 13 symbols with daily files (XRP has two quotes), BTC and ETH hourly.
    expect(pairs).toEqual([
      '1d AAPL', '1d ADA', '1d BNB', '1d BTC', '1d DOGE', '1d ETH', '1d GLD', '1d LTC', '1d MSFT', '1d QQQ', '1d SOL', '1d SPY', '1d XRP', '1h BTC', '1h ETH',
    ]);
    expect(plan.jobs.slice(0, 2).map((job) => job.strategy)).toEqual(['sma_crossover', 'buy_and_hold']);
    expect(plan.jobs).toHaveLength(30);
  });

  it('names every symbol × interval pair without data in one error, before anything runs', async () => {
    const failure = await planBatchSweep({ symbols: ['BTC', 'SOL', 'NOPE'], strategies: 'all', intervals: ['1d', '1h'] }, data).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'unknown_symbol', details: { missing: [{ symbol: 'NOPE', interval: '1d' }, { symbol: 'SOL', interval: '1h' }, { symbol: 'NOPE', interval: '1h' }] } });
    expect(String(failure)).toContain('3 of 6 symbol × interval pairs have no usable data: NOPE 1d, SOL 1h, NOPE 1h.');
  });

  it('refuses a symbol listed twice, even under another name, and a sweep past the limit', async () => {
    await expect(planBatchSweep({ symbols: ['BTC', 'bitcoin'], strategies: 'all' }, data)).rejects.toThrow('"BTC" and "bitcoin" are the same symbol (BTC)');
    const symbols = Array.from({ length: 1_000 }, (_, index) => `S${index}`);
    const strategies = Array.from({ length: 100 }, (_, index) => ({ name: 'sma_crossover', params: { short: index + 1, long: 200 } }));
    await expect(planBatchSweep({ symbols, strategies, intervals: ['1d', '1h'] }, data)).rejects.toThrow('at most 100,000 backtests');
  });
});

describe('runBatchSweep', () => {
  it('gives each backtest the metrics btp backtest gives it, ranked best first', async () => {
    const plan = await planBatchSweep({ symbols: ['BTC', 'ETH'], strategies: [{ name: 'sma_crossover' }, { name: 'rsi_mean_reversion' }], start: '2021-01-01', end: '2024-12-31' }, data);
    const run = await runBatchSweep(plan);
    const direct = await backtestStrategies({ symbols: ['BTC', 'ETH'], strategies: [{ name: 'sma_crossover' }, { name: 'rsi_mean_reversion' }], start: '2021-01-01', end: '2024-12-31' }, data);
    expect(run.results.map((row) => [row.symbol, row.strategy, row.metrics])).toEqual(direct.results.map((result) => [result.symbol, result.strategy, result.metrics]));
    const sharpes = run.results.map((row) => row.metrics.sharpe_ratio!);
    expect(sharpes).toEqual([...sharpes].sort((a, b) => b - a));
    expect(run.results.every((row) => /^[0-9a-f]{64}$/.test(row.outcome_sha256))).toBe(true);
  });

  it('returns the same summaries through a remote runner, slice by slice, as here', async () => {
    const plan = await planBatchSweep({ symbols: 'all', strategies: 'all', intervals: ['1d'] }, data);
    const slices: number[] = [];
    const remote: RemoteBacktestRunner = {
      jobSize: 7,
      run: async (jobs) => {
        slices.push(jobs.length);
        return structuredClone(summarizeBacktestBatch({ jobs: [...jobs] }));
      },
    };
    const progress: number[] = [];
    const [here, there] = [await runBatchSweep(plan), await runBatchSweep(plan, { remote, onProgress: (done) => progress.push(done) })];
    expect(there).toEqual(here);
    expect(slices).toEqual([...Array.from({ length: Math.floor(plan.jobs.length / 7) }, () => 7), ...(plan.jobs.length % 7 ? [plan.jobs.length % 7] : [])]);
    expect(progress.at(-1)).toBe(plan.jobs.length);
  });
});
