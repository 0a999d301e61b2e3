import { describe, expect, it } from 'vitest';
import { fullGridAxes, gridPoints } from '../space/grid_axes.js';
import {
  EMPTY_TARGET_SEARCH, MAX_TARGET_ITERATIONS, isTargetSearchDone, runTargetIteration, type MethodChoice, type TargetSearchProgress,
} from './target_search.js';
import type { Targets } from '../objective/targets.js';
import { SMA_SPACE, bowl, shortBelowLong, syntheticEvaluator } from '../test_support/known_optimum.js';

async function search(targets: Targets, method: MethodChoice = 'auto', budget = 48): Promise<TargetSearchProgress> {
  const evaluate = syntheticEvaluator(bowl, targets);
  let progress = EMPTY_TARGET_SEARCH;
  while (!isTargetSearchDone(progress)) {
    ({ progress } = await runTargetIteration(progress, {
      space: SMA_SPACE, baseParams: { short: 20, long: 50 }, isFeasible: shortBelowLong, method, budget, seed: 7,
      grid: gridPoints(fullGridAxes(SMA_SPACE)), evaluate,
    }));
  }
  return progress;
}

describe('target-driven search', () => {
  it('explores, models, then climbs: random, Bayesian, Bayesian, hill, hill', async () => {
    const progress = await search({});
    expect(progress.iterations.map((iteration) => iteration.method)).toEqual(['random', 'bayes', 'bayes', 'hill', 'hill']);
    expect(progress.trials).toBe(5 * 48);
    expect(progress.trial_log).toHaveLength(5 * 48);
    expect(progress.best!.params).toEqual({ short: 23, long: 140 });
  });

  it('stops early once every target holds', async () => {
    for (const method of ['auto', 'grid', 'random', 'bayes', 'hill'] as const) {
      const progress = await search({ sharpe_ratio: { operator: '>', value: 1.5 } }, method);
      expect(progress.best!.targets!.all_met).toBe(true);
      expect(progress.best!.metrics.sharpe_ratio!).toBeGreaterThan(1.5);
      expect(progress.iteration).toBeLessThan(MAX_TARGET_ITERATIONS);
    }
  });

  it('returns the best attempt and its shortfall when a target is out of reach', async () => {
    const progress = await search({ sharpe_ratio: { operator: '>', value: 3 } });
    expect(progress.iteration).toBe(MAX_TARGET_ITERATIONS);
    expect(progress.best!.targets!.all_met).toBe(false);
    // The best Sharpe possible is 2, so the margin can be no better than (2 − 3) / 3.
    expect(progress.best!.score).toBeLessThanOrEqual((2 - 3) / 3 + 1e-12);
    expect(progress.best!.score).toBeGreaterThan((1.95 - 3) / 3);
    expect(progress.best!.targets!.checks[0]).toMatchObject({ metric: 'sharpe_ratio', target: 3, met: false });
  });

  it('meets several targets at once through the worst normalised margin', async () => {
    // Sharpe > 1.5 alone is best met at the top (23, 140); a drawdown of −long/1000 ≥ −0.12 also needs
    // long ≤ 120. Both hold near (23, 120): Sharpe 2 − 0.16 = 1.84, drawdown −0.12.
    const targets: Targets = { sharpe_ratio: { operator: '>', value: 1.5 }, max_drawdown: { operator: '>=', value: -0.12 } };
    const evaluate = syntheticEvaluator(bowl, targets, (params) => ({ max_drawdown: -params.long! / 1000 }));
    let progress = EMPTY_TARGET_SEARCH;
    while (!isTargetSearchDone(progress)) {
      ({ progress } = await runTargetIteration(progress, {
        space: SMA_SPACE, baseParams: { short: 20, long: 50 }, isFeasible: shortBelowLong, method: 'auto', budget: 48, seed: 3, evaluate,
      }));
    }
    expect(progress.best!.targets!.all_met).toBe(true);
    expect(progress.best!.params.long).toBeLessThanOrEqual(120);
    expect(progress.best!.score).toBe(Math.min(...progress.best!.targets!.checks.map((check) => check.margin)));
  });

  it('ends a grid search when the grid is done, before the iteration limit if the grid is small', async () => {
    const progress = await search({ sharpe_ratio: { operator: '>', value: 3 } }, 'grid', 2_000);
    expect(progress.exhausted).toBe(true);
    expect(progress.iteration).toBe(3);
    expect(progress.best!.params).toEqual({ short: 23, long: 140 });
  });

  it('is deterministic for a seed', async () => {
    expect(await search({})).toEqual(await search({}));
  });
});
