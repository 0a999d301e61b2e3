/**
 * Fault suite, short windows (issue 18 §3). Before the change, optimising over 3 bars in sample
 * ran 4,143 trials and reported a Sharpe ratio of 10.5 (the issue saw 17, and a CAGR of 132,305 %),
 * and a 10-bar backtest annualised its return to a CAGR of -97.58 %.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveEngineSettings } from '../../tools/backtest/engine_settings.js';
import { runBacktest } from '../../tools/backtest/run_backtest.js';
import { getSupportedSymbols, loadSeries } from '../../tools/data/index.js';
import type { OhlcvSeries } from '../../tools/data/types.js';
import { closeOptimizationPool } from '../../tools/optimization/scoring/optimization_pool.js';
import { optimizeStrategy } from '../../tools/optimization/optimize_strategy.js';
import { prepareStrategySearch } from '../../tools/optimization/search/strategy_search.js';
import { parseRequest } from '../../tools/request/parse_request.js';
import { validateRequestSpec } from '../../tools/request/validate_request_spec.js';

const settings = resolveEngineSettings();
let btc: OhlcvSeries;

beforeAll(async () => { btc = await loadSeries('BTC', { dataDir: process.env.BTP_DATA_DIR! }); });
afterAll(closeOptimizationPool);

async function refusal(run: Promise<unknown>): Promise<unknown> {
  return run.then(() => { throw new Error('expected insufficient_data, the run went ahead'); }, (error: unknown) => error);
}

describe('searches refuse an in-sample window shorter than the warm-up + 30 bars', () => {
  it('optimisation over 5 days (3 in sample) names the window and the minimum', async () => {
    const error = await refusal(optimizeStrategy({ series: btc, strategy: 'sma_crossover', range: { start: '2022-01-01', end: '2022-01-05' }, settings, method: 'grid' }));
    // sma_crossover's default long window (50 bars) + 30.
    expect(error).toMatchObject({
      code: 'insufficient_data',
      details: { symbol: 'BTC', strategy: 'sma_crossover', window: { start: '2022-01-01', end: '2022-01-03' }, bars: 3, minimum_bars: 80 },
    });
    expect((error as Error).message).toContain('the in-sample window 2022-01-01 to 2022-01-03 has 3 bars; optimising sma_crossover needs at least 80');
  });

  it('walk-forward refuses a training window that is too short, before any trial runs', async () => {
    // 181 days: the main in-sample part (127 bars) passes, the first rolling fold's training window does not.
    let trials = 0;
    const error = await refusal(optimizeStrategy({
      series: btc, strategy: 'sma_crossover', range: { start: '2022-01-01', end: '2022-06-30' }, settings, method: 'random', trials: 10,
      walkForward: { mode: 'rolling', folds: 4 }, onProgress: () => { trials++; },
    }));
    expect(error).toMatchObject({ code: 'insufficient_data', details: { minimum_bars: 80 } });
    expect(trials).toBe(0);
  });

  it("the agents' search (one iteration at a time) is refused the same way", () => {
    expect(() => prepareStrategySearch('rsi_mean_reversion', { series: btc, range: { start: '2022-01-01', end: '2022-01-31' }, settings }))
      .toThrow(expect.objectContaining({ code: 'insufficient_data', details: expect.objectContaining({ bars: 31, minimum_bars: 45 }) }));
  });
});

describe('a request to optimise over too short a window', () => {
  it('is refused by validation, before the agents back-test and report without the optimisation', async () => {
    const parsed = parseRequest('Optimise SMA 5/10 on BTC from 2022-01-01 to 2022-01-31, target Sharpe > 1', { today: '2026-11-24' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const symbols = await getSupportedSymbols(process.env.BTP_DATA_DIR!);
    expect(validateRequestSpec(parsed.spec, { today: '2026-11-24', symbols })).toMatchObject({
      ok: false,
      error: { code: 'insufficient_data', symbol: 'BTC', strategy: 'sma_crossover', window: { start: '2022-01-01', end: '2022-01-31' }, in_sample_bars: 22, minimum_bars: 40 },
    });
  });
});

describe('a lone backtest under 30 bars runs, without annualised figures', () => {
  it('nulls CAGR, Sharpe, Sortino and Calmar below 30 bars, with a note; keeps them at 30', () => {
    const short = runBacktest(btc, { strategy: 'buy_and_hold', range: { start: '2022-01-01', end: '2022-01-29' }, settings });
    expect(short.range.bars).toBe(29);
    expect(short.metrics).toMatchObject({ cagr: null, sharpe_ratio: null, sortino_ratio: null, calmar_ratio: null });
    expect(short.metrics.total_return).toBeCloseTo(short.metrics.final_equity / 10_000 - 1, 12);
    expect(short.metrics.max_drawdown).toBeLessThan(0);
    expect(short.notes).toContain('BTC: only 29 bar(s): CAGR, Sharpe, Sortino and Calmar are not given below 30 bars, where annualising would extrapolate noise');
    const judged = runBacktest(btc, { strategy: 'buy_and_hold', range: { start: '2022-01-01', end: '2022-01-30' }, settings });
    expect(judged.range.bars).toBe(30);
    expect(judged.metrics.sharpe_ratio).toEqual(expect.any(Number));
    expect(judged.notes).toEqual([]);
  });
});
