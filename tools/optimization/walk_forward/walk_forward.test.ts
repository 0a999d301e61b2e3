import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtestStrategies } from '../../backtest/backtest_strategies.js';
import { resolveEngineSettings } from '../../backtest/engine_settings.js';
import { loadSeries } from '../../data/index.js';
import type { OhlcvSeries } from '../../data/types.js';
import { closeOptimizationPool } from '../scoring/optimization_pool.js';
import { walkForward } from './walk_forward.js';

const dataDir = process.env.BTP_DATA_DIR!;
const settings = resolveEngineSettings();
const range = { start: '2018-01-01', end: '2024-12-31' };
let btc: OhlcvSeries;

beforeAll(async () => { btc = await loadSeries('BTC', { dataDir }); });
afterAll(closeOptimizationPool);

describe('walkForward on BTC daily 2018–2024', () => {
  it('re-optimises on rolling windows and trades each choice on the unseen window after it', async () => {
    const report = await walkForward('sma_crossover', { series: btc, range, settings, method: 'random', trials: 40, folds: 4 });
    // 2,557 days, 4 folds, 30 %: S = ⌊767.1 / 1.9⌋ = 403 test days, T = 2,557 − 4·403 = 945 training days.
    expect(report.folds.map(({ train, test }) => [train.start, train.end, test.start, test.end])).toEqual([
      ['2018-01-01', '2020-08-02', '2020-08-03', '2021-09-09'],
      ['2019-02-08', '2021-09-09', '2021-09-10', '2022-10-17'],
      ['2020-03-17', '2022-10-17', '2022-10-18', '2023-11-24'],
      ['2021-04-24', '2023-11-24', '2023-11-25', '2024-12-31'],
    ]);
    for (const fold of report.folds) {
      expect(fold.trials).toBe(40);
      const run = await backtestStrategies({ symbols: ['BTC'], strategies: [{ name: 'sma_crossover', params: fold.params }], start: fold.test.start, end: fold.test.end }, { dataDir });
      expect(fold.out_of_sample).toEqual(run.results[0]!.metrics);
    }
    // The stitched curve: 4 × 403 bars, ending at 10,000 × Π(1 + each window's total return).
    expect(report.equity).toHaveLength(4 * 403);
    expect(report.equity[0]!.t).toBe('2020-08-03');
    expect(report.equity.at(-1)!.t).toBe('2024-12-31');
    const compounded = report.folds.reduce((equity, fold) => equity * (1 + fold.out_of_sample.total_return), 10_000);
    expect(report.equity.at(-1)!.equity).toBeCloseTo(compounded, 6);
    expect(report.out_of_sample.final_equity).toBeCloseTo(compounded, 6);
    expect(report.out_of_sample.total_return).toBeCloseTo(compounded / 10_000 - 1, 12);
  });

  it('anchors the training windows at the start in anchored mode', async () => {
    const report = await walkForward('sma_crossover', { series: btc, range, settings, method: 'hill', trials: 20, folds: 3, mode: 'anchored' });
    expect(report.mode).toBe('anchored');
    expect(report.folds.every((fold) => fold.train.start === '2018-01-01')).toBe(true);
    expect(report.folds.map((fold) => fold.test.end).at(-1)).toBe('2024-12-31');
  });
});
