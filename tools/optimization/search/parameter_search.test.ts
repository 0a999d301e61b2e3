import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtestStrategies } from '../../backtest/backtest_strategies.js';
import { resolveEngineSettings } from '../../backtest/engine_settings.js';
import { runBacktest } from '../../backtest/run_backtest.js';
import { loadSeries } from '../../data/index.js';
import type { OhlcvSeries } from '../../data/types.js';
import { closeOptimizationPool } from '../scoring/optimization_pool.js';
import {
  bayesianSearchParameters, gridSearchParameters, hillClimbParameters, randomSearchParameters, type SearchOutcome,
} from './parameter_search.js';
import type { StrategySearchOptions } from './strategy_search.js';

const dataDir = process.env.BTP_DATA_DIR!;
const range = { start: '2018-01-01', end: '2022-12-31' };
const settings = resolveEngineSettings();
let btc: OhlcvSeries;
let options: StrategySearchOptions;

beforeAll(async () => {
  btc = await loadSeries('BTC', { dataDir });
  options = { series: btc, range, settings };
});
afterAll(closeOptimizationPool);

/** Every candidate's metrics are those of a fresh backtest of its parameters (no shared state leaks between candidates). */
function expectMetricsOfFreshBacktests(outcome: SearchOutcome, sample = 12): void {
  const step = Math.max(1, Math.floor(outcome.candidates.length / sample));
  for (let index = 0; index < outcome.candidates.length; index += step) {
    const candidate = outcome.candidates[index]!;
    expect(candidate.metrics).toEqual(runBacktest(btc, { strategy: outcome.strategy, params: candidate.params, range, settings }).metrics);
  }
}

describe('grid search on BTC daily', () => {
  it('scores every point of an explicit grid and picks the one a plain backtest ranks first', async () => {
    const paramGrid = { short: [10, 20, 30, 40], long: [50, 100, 150, 200] };
    const outcome = await gridSearchParameters('sma_crossover', paramGrid, options);
    expect(outcome.trials).toHaveLength(16);
    const run = await backtestStrategies({
      symbols: ['BTC'], start: range.start, end: range.end,
      strategies: paramGrid.short.flatMap((short) => paramGrid.long.map((long) => ({ name: 'sma_crossover', params: { short, long } }))),
    }, { dataDir, parallel: 'in_process' });
    expect(outcome.best!.params).toEqual(run.results[0]!.params);
    expect(outcome.best!.metrics).toEqual(run.results[0]!.metrics);
    expectMetricsOfFreshBacktests(outcome, 16);
  });

  it('skips the points the strategy forbids (short ≥ long) and searches the default space without being told', async () => {
    const outcome = await gridSearchParameters('sma_crossover', undefined, { ...options, maxTrials: 400 });
    expect(outcome.trials.length).toBeGreaterThan(200);
    expect(outcome.trials.every((trial) => trial.params.short! < trial.params.long!)).toBe(true);
  });

  it('gives the same numbers on worker threads as in-process', async () => {
    const inProcess = await gridSearchParameters('sma_crossover', undefined, { ...options, maxTrials: 600, parallel: 'in_process' });
    const onWorkers = await gridSearchParameters('sma_crossover', undefined, { ...options, maxTrials: 600, parallel: 'workers' });
    expect(onWorkers.candidates).toEqual(inProcess.candidates);
  });
});

describe('sampling methods on BTC daily', () => {
  const methods = { random: randomSearchParameters, bayes: bayesianSearchParameters, hill: hillClimbParameters };

  for (const [name, search] of Object.entries(methods)) {
    it(`${name}: improves on the start parameters, repeats itself for a seed, reports real backtest metrics`, async () => {
      const outcome = await search('sma_crossover', { ...options, trials: 60, seed: 5 });
      expect(outcome.trials).toHaveLength(60);
      expect(outcome.trials[0]!.params).toEqual({ short: 20, long: 50 });
      expect(outcome.best!.score).toBeGreaterThan(outcome.candidates[0]!.score);
      expect((await search('sma_crossover', { ...options, trials: 60, seed: 5 })).trials).toEqual(outcome.trials);
      expectMetricsOfFreshBacktests(outcome);
    });
  }

  it('Bayesian optimisation gets within 5 % of the full grid\'s best Sharpe with 80 trials (the grid needs 4,775)', async () => {
    const grid = await gridSearchParameters('sma_crossover', undefined, options);
    const bayes = await bayesianSearchParameters('sma_crossover', { ...options, trials: 80, seed: 2 });
    expect(bayes.best!.score).toBeGreaterThan(0.95 * grid.best!.score);
    expect(bayes.best!.score).toBeLessThanOrEqual(grid.best!.score);
  });

  it('optimises another strategy from its own search space (RSI: three parameters, lower < upper)', async () => {
    const outcome = await hillClimbParameters('rsi_mean_reversion', { ...options, trials: 40 });
    expect(outcome.trials).toHaveLength(40);
    expect(outcome.trials.every((trial) => trial.params.lower! < trial.params.upper!)).toBe(true);
  });

  it('refuses a strategy with nothing to optimise', async () => {
    await expect(randomSearchParameters('buy_and_hold', options)).rejects.toMatchObject({ code: 'bad_parameters' });
  });
});
