import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtestStrategies } from '../backtest/backtest_strategies.js';
import { resolveEngineSettings } from '../backtest/engine_settings.js';
import { loadSeries } from '../data/index.js';
import type { OhlcvSeries } from '../data/types.js';
import { closeOptimizationPool } from './scoring/optimization_pool.js';
import { optimizeStrategy } from './optimize_strategy.js';
import { optimizeTowardTarget } from './search/optimize_toward_target.js';

const dataDir = process.env.BTP_DATA_DIR!;
const settings = resolveEngineSettings();
let btc: OhlcvSeries;

beforeAll(async () => { btc = await loadSeries('BTC', { dataDir }); });
afterAll(closeOptimizationPool);

describe('optimizeTowardTarget on BTC daily', () => {
  it('stops as soon as a reachable target holds', async () => {
    const run = await optimizeTowardTarget('sma_crossover', { sharpe_ratio: { operator: '>', value: 0.5 } }, {
      series: btc, range: { start: '2020-01-01', end: '2021-12-31' }, settings,
    });
    expect(run.status).toBe('targets_met');
    expect(run.progress.iteration).toBe(1);
    expect(run.progress.best!.metrics.sharpe_ratio!).toBeGreaterThan(0.5);
  });

  it('returns the best attempt with its shortfall when the target is out of reach', async () => {
    const run = await optimizeTowardTarget('sma_crossover', { sharpe_ratio: { operator: '>', value: 5 } }, {
      series: btc, range: { start: '2018-01-01', end: '2022-12-31' }, settings, trials: 100,
    });
    expect(run.status).toBe('best_attempt');
    expect(run.progress.iteration).toBe(5);
    expect(run.progress.trials).toBe(100);
    const [check] = run.progress.best!.targets!.checks;
    expect(check).toMatchObject({ metric: 'sharpe_ratio', target: 5, met: false });
    expect(check!.margin).toBeCloseTo((check!.actual! - 5) / 5, 12);
  });
});

describe('optimizeTowardTarget with an explicit grid', () => {
  it('spreads the grid over the iterations and finds the grid point a plain backtest ranks first', async () => {
    const paramGrid = { short: [10, 20], long: [50, 100] };
    const run = await optimizeTowardTarget('sma_crossover', {}, { series: btc, range: { start: '2019-01-01', end: '2021-12-31' }, settings, method: 'grid', paramGrid });
    expect(run.progress.trials).toBe(4);
    const ranked = await backtestStrategies({
      symbols: ['BTC'], start: '2019-01-01', end: '2021-12-31',
      strategies: paramGrid.short.flatMap((short) => paramGrid.long.map((long) => ({ name: 'sma_crossover', params: { short, long } }))),
    }, { dataDir });
    expect(run.progress.best!.params).toEqual(ranked.results[0]!.params);
  });
});

describe('optimizeStrategy', () => {
  it('reports the chosen parameters with the metrics `btp backtest` gives for the in-sample and held-out dates', async () => {
    const { report, trialLog } = await optimizeStrategy({
      series: btc, strategy: 'sma_crossover', range: { start: '2018-01-01', end: '2024-12-31' }, settings, method: 'bayes', trials: 60,
      targets: { sharpe_ratio: { operator: '>', value: 1.5 } },
    });
    expect(report.in_sample_range).toEqual({ start: '2018-01-01', end: '2022-11-25' });
    expect(report.out_of_sample_range).toEqual({ start: '2022-11-26', end: '2024-12-31' });
    expect(report.trials).toBe(trialLog.length);
    for (const [part, window] of [['in_sample', report.in_sample_range], ['out_of_sample', report.out_of_sample_range]] as const) {
      const run = await backtestStrategies({
        symbols: ['BTC'], strategies: [{ name: 'sma_crossover', params: report.best.params }], start: window.start, end: window.end,
      }, { dataDir });
      expect(report.best[part]).toEqual(run.results[0]!.metrics);
    }
    expect(report.deflated_sharpe_ratio).toBeGreaterThanOrEqual(0);
    expect(report.deflated_sharpe_ratio).toBeLessThanOrEqual(1);
    expect(report.targets_met).toBe(report.best.in_sample.sharpe_ratio! > 1.5);
    expect(report.heatmap!.x_param).toBe('short');
    expect(report.heatmap!.values.flat().filter((value) => value !== null)).toHaveLength(trialLog.length);
  });

  it('warns in plain words when the held-out result collapses', async () => {
    // Tuned on 2019 to mid-2021 (a bull run that suits trend following), held out over the fall to mid-2022.
    const { report } = await optimizeStrategy({
      series: btc, strategy: 'sma_crossover', range: { start: '2019-01-01', end: '2022-06-30' }, settings, method: 'grid', trials: 300,
    });
    expect(report.out_of_sample_range).toEqual({ start: '2021-06-13', end: '2022-06-30' });
    expect(report.best.in_sample.sharpe_ratio!).toBeGreaterThan(1.5);
    expect(report.best.out_of_sample.sharpe_ratio!).toBeLessThan(0);
    expect(report.overfitting_warning).toMatch(/^Overfitting warning: on the held-out data \(2021-06-13 to 2022-06-30\) the Sharpe ratio fell from \d\.\d\d to -\d\.\d\d/);
  });

  it('stays quiet when the parameters hold up out of sample', async () => {
    const { report } = await optimizeStrategy({
      series: btc, strategy: 'sma_crossover', range: { start: '2018-01-01', end: '2024-12-31' }, settings, method: 'grid', trials: 300,
    });
    expect(report.best.out_of_sample.sharpe_ratio!).toBeGreaterThan(report.best.in_sample.sharpe_ratio! / 2);
    expect(report.overfitting_warning).toBeNull();
  });

  it('is deterministic for a seed', async () => {
    const input = { series: btc, strategy: 'ema_crossover', range: { start: '2019-01-01', end: '2023-12-31' }, settings, trials: 50, seed: 9 };
    expect((await optimizeStrategy(input)).report).toEqual((await optimizeStrategy(input)).report);
  });
});
