import { describe, expect, it } from 'vitest';
import { loadSeries } from '../../data/index.js';
import type { OhlcvSeries } from '../../data/types.js';
import { DEFAULT_ENGINE_SETTINGS } from '../../strategy/engine/types.js';
import { runPortfolio } from '../run_portfolio.js';
import { stepWeightSearch, type WeightSearchOptions, type WeightSearchState } from './weight_target_search.js';

const dataDir = process.env.BTP_DATA_DIR!;
const load = (symbols: string[]) => Promise.all(symbols.map((symbol) => loadSeries(symbol, { dataDir })));

function options(overrides: Partial<WeightSearchOptions>): WeightSearchOptions {
  return {
    targets: { sharpe_ratio: { operator: '>', value: 0.9 } }, rebalance: 'quarterly', strategies: [{ name: 'buy_and_hold' }, { name: 'buy_and_hold' }],
    range: { start: '2015-01-01', end: '2023-12-31' }, settings: { ...DEFAULT_ENGINE_SETTINGS, feesBps: 10 }, riskFreeRate: 0,
    startWeights: Float64Array.of(0.5, 0.5), maxIterations: 5, ...overrides,
  };
}

/** Runs the search to its end, keeping every state. */
function searchAll(seriesList: OhlcvSeries[], settings: WeightSearchOptions): WeightSearchState[] {
  const states: WeightSearchState[] = [];
  for (let finished = false; !finished;) {
    const step = stepWeightSearch(seriesList, settings, states.at(-1) ?? null);
    states.push(step.state);
    finished = step.finished;
  }
  return states;
}

describe('stepWeightSearch', () => {
  it('stops at the first iteration whose weights meet the targets, and its figures are those of plain portfolio runs on each part', async () => {
    const seriesList = await load(['SPY', 'GLD']);
    const settings = options({});
    const [state, ...more] = searchAll(seriesList, settings);
    expect(more).toEqual([]);
    expect(state).toMatchObject({ status: 'targets_met', iteration: 1, trials: 5, in_sample_range: { start: '2015-01-02' }, out_of_sample_range: { end: '2023-12-29' } });
    const best = state!.best!;
    expect(best.targets.all_met).toBe(true);
    expect(best.metrics.sharpe_ratio!).toBeGreaterThan(0.9);
    // The same weights as an ordinary portfolio run on the in-sample dates, and on the held-out ones: bit for bit.
    const weights = Float64Array.of(best.weights.SPY!, best.weights.GLD!);
    const on = (range: { start: string; end: string }) => runPortfolio(seriesList, { ...settings, weights, range }).portfolio.metrics;
    expect(best.metrics).toEqual(on(state!.in_sample_range));
    expect(state!.out_of_sample!.metrics).toEqual(on(state!.out_of_sample_range!));
    expect(state!.in_sample_range.bars + state!.out_of_sample_range!.bars).toBe(runPortfolio(seriesList, { ...settings, weights }).portfolio.range.bars);
  });

  it('keeps searching to the iteration limit when no weights can meet the targets, never losing its best, within max_weight', async () => {
    const seriesList = await load(['BTC', 'ETH']);
    const states = searchAll(seriesList, options({
      targets: { sharpe_ratio: { operator: '>', value: 3 } }, range: { start: '2021-01-01', end: '2023-12-31' }, startWeights: Float64Array.of(0.6, 0.4), maxWeight: 0.7,
    }));
    expect(states.map((state) => state.status)).toEqual(['running', 'running', 'running', 'running', 'best_attempt']);
    // 5 objectives and the user's weights' worth (as given + 4 optima), 30 frontier points, then 32 local tries each.
    expect(states.map((state) => state.trials)).toEqual([5, 35, 67, 99, 131]);
    const scores = states.map((state) => state.best!.targets.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    for (const state of states) {
      const weights = Object.values(state.best!.weights);
      expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeLessThanOrEqual(1 + 1e-9);
      for (const weight of weights) expect(weight).toBeGreaterThanOrEqual(0);
      expect(Math.max(...weights)).toBeLessThanOrEqual(0.7 + 1e-9);
    }
    expect(states.at(-1)!.out_of_sample!.targets_met).toBe(false);
    expect(states.slice(0, -1).every((state) => state.out_of_sample === null)).toBe(true);
  });

  it('is deterministic: the same request searches the same weights', async () => {
    const seriesList = await load(['BTC', 'ETH']);
    const settings = options({ targets: { max_drawdown: { operator: '>=', value: -0.5 } }, range: { start: '2020-01-01', end: '2022-12-31' } });
    expect(searchAll(seriesList, settings)).toEqual(searchAll(seriesList, settings));
  });

  it('refuses a window too short to hold out 30% of it', async () => {
    const seriesList = await load(['SPY', 'GLD']);
    expect(() => stepWeightSearch(seriesList, options({ range: { start: '2023-01-01', end: '2023-01-31' } }), null)).toThrow(expect.objectContaining({ code: 'insufficient_history' }));
  });
});
