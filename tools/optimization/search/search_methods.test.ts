import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchSpace, StrategyParams } from '../../strategy/types.js';
import { fullGridAxes, gridPoints } from '../space/grid_axes.js';
import type { SearchMethodName } from '../methods/search_context.js';
import { runSearchIteration } from './search_iteration.js';
import { SMA_SPACE, bowl, shortBelowLong, syntheticEvaluator } from '../test_support/known_optimum.js';

async function search(method: SearchMethodName, budget: number, seed = 7, options: { space?: SearchSpace; sharpeOf?: (params: StrategyParams) => number; start?: StrategyParams } = {}) {
  const space = options.space ?? SMA_SPACE;
  const evaluate = syntheticEvaluator(options.sharpeOf ?? bowl);
  const result = await runSearchIteration({
    space, baseParams: options.start ?? { short: 20, long: 50 }, isFeasible: options.space ? () => true : shortBelowLong,
    method, budget, seed, iteration: 1, prior: [], grid: gridPoints(fullGridAxes(space)), evaluate,
  });
  const best = result.scored.reduce((top, candidate) => (candidate.score > top.score ? candidate : top));
  return { ...result, best, evaluations: evaluate.calls };
}

describe('search methods on a function whose optimum is known', () => {
  it('grid search visits every feasible point once and finds the exact optimum', async () => {
    // short 5..100 (96 values) × long 20..300 step 5 (57 values), short < long: 5,472 − 697 infeasible.
    let feasible = 0;
    for (let short = 5; short <= 100; short++) for (let long = 20; long <= 300; long += 5) if (short < long) feasible++;
    const result = await search('grid', 10_000);
    expect(result.trials).toHaveLength(feasible);
    expect(result.exhausted).toBe(true);
    expect(result.best.params).toEqual({ short: 23, long: 140 });
    expect(result.best.score).toBe(2);
  });

  it('grid search spends a small budget across the whole space, coarse to fine', async () => {
    const result = await search('grid', 40);
    const shorts = result.trials.map((trial) => trial.params.short!);
    const longs = result.trials.map((trial) => trial.params.long!);
    expect(Math.max(...shorts) - Math.min(...shorts)).toBeGreaterThan(60);
    expect(Math.max(...longs) - Math.min(...longs)).toBeGreaterThan(200);
  });

  it('hill climbing reaches the exact optimum from the start point', async () => {
    const result = await search('hill', 200);
    expect(result.best.params).toEqual({ short: 23, long: 140 });
    expect(result.trials[0]!.params).toEqual({ short: 20, long: 50 });
  });

  it('hill climbing handles continuous parameters (0.1 steps)', async () => {
    const space: SearchSpace = { std_dev: { min: 1, max: 3.5, step: 0.1 }, tilt: { min: -2, max: 2, step: 0.1 } };
    const sharpeOf = (params: StrategyParams) => 1 - (params.std_dev! - 2.7) ** 2 - (params.tilt! + 0.4) ** 2;
    const result = await search('hill', 200, 7, { space, sharpeOf, start: { std_dev: 1, tilt: 2 } });
    expect(result.best.params).toEqual({ std_dev: 2.7, tilt: -0.4 });
  });

  it('random search gets close with a few hundred draws', async () => {
    const result = await search('random', 300);
    expect(result.best.score).toBeGreaterThan(1.8);
    expect(result.trials[0]!.params).toEqual({ short: 20, long: 50 });
  });

  it('Bayesian optimisation gets closer than random search on the same budget', async () => {
    const seeds = [1, 2, 3, 4, 5];
    const bayes = await Promise.all(seeds.map((seed) => search('bayes', 40, seed)));
    const random = await Promise.all(seeds.map((seed) => search('random', 40, seed)));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const bayesMean = mean(bayes.map((result) => result.best.score));
    expect(bayesMean).toBeGreaterThan(1.9);
    expect(bayesMean).toBeGreaterThan(mean(random.map((result) => result.best.score)));
  });

  it('every method scores only new, feasible points on the step grid and inside the bounds, and spends its budget', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom<SearchMethodName>('grid', 'random', 'bayes', 'hill'), fc.integer({ min: 0, max: 1_000 }), async (method, seed) => {
      const result = await search(method, 30, seed);
      const keys = new Set(result.trials.map((trial) => `${trial.params.short},${trial.params.long}`));
      // Grid search leaves short ≥ long points to the scoring, which rejects them: they spend budget but are no trials.
      const spent = method === 'grid' ? result.evaluations : result.trials.length;
      return keys.size === result.trials.length && spent === 30 && result.trials.every(({ params }) =>
        shortBelowLong(params) && Object.entries(SMA_SPACE).every(([name, range]) => {
          const value = params[name]!;
          return value >= range.min && value <= range.max && Number.isInteger((value - range.min) / range.step);
        }));
    }), { numRuns: 20 });
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    for (const method of ['random', 'bayes', 'hill'] as const) {
      expect((await search(method, 30, 11)).trials).toEqual((await search(method, 30, 11)).trials);
    }
    expect((await search('random', 30, 11)).trials).not.toEqual((await search('random', 30, 12)).trials);
  });
});
