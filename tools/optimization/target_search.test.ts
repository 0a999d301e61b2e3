import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PerformanceMetrics } from '../risk/types.js';
import type { SearchSpace, StrategyParams } from '../strategy/types.js';
import { coarseGrid, neighbourhood, seededRandom } from './candidates.js';
import { MAX_TARGET_ITERATIONS, nextCandidates, recordIteration, scoreCandidate, type SearchProgress } from './target_search.js';

const space: SearchSpace = { short: { min: 5, max: 60, step: 1 }, long: { min: 20, max: 300, step: 5 } };

function metricsWithSharpe(sharpe: number): PerformanceMetrics {
  return {
    total_return: 0, cagr: 0, volatility: 0.2, sharpe_ratio: sharpe, sortino_ratio: null, max_drawdown: -0.1,
    calmar_ratio: null, win_rate: null, profit_factor: null, num_trades: 0, exposure: 0, final_equity: 10_000,
  };
}

/** A bowl with its top (Sharpe 2) at short = 23, long = 140: the optimum is known. */
const bowl = (params: StrategyParams) => metricsWithSharpe(2 - ((params.short! - 23) / 10) ** 2 - ((params.long! - 140) / 50) ** 2);

function search(targets: Parameters<typeof scoreCandidate>[1]) {
  let progress: SearchProgress = { iteration: 0, trials: 0, best: null };
  while (progress.iteration < MAX_TARGET_ITERATIONS) {
    const scored = nextCandidates(space, { short: 20, long: 50 }, progress, 7).map((params) => {
      const metrics = bowl(params);
      return { params, metrics, ...scoreCandidate(metrics, targets, 'sharpe_ratio') };
    });
    progress = recordIteration(progress, scored);
    if (progress.best?.targets?.all_met) break;
  }
  return progress;
}

describe('target-driven search', () => {
  it('climbs to the known optimum when there is no target', () => {
    const progress = search({});
    expect(progress.iteration).toBe(MAX_TARGET_ITERATIONS);
    expect(progress.best!.metrics.sharpe_ratio).toBeGreaterThan(1.95);
    expect(Math.abs(progress.best!.params.short! - 23)).toBeLessThanOrEqual(2);
    expect(Math.abs(progress.best!.params.long! - 140)).toBeLessThanOrEqual(10);
  });

  it('stops early once every target holds', () => {
    const progress = search({ sharpe_ratio: { operator: '>', value: 1.5 } });
    expect(progress.best!.targets!.all_met).toBe(true);
    expect(progress.iteration).toBeLessThan(MAX_TARGET_ITERATIONS);
  });

  it('returns the best attempt and its shortfall when a target is out of reach', () => {
    const progress = search({ sharpe_ratio: { operator: '>', value: 3 } });
    expect(progress.iteration).toBe(MAX_TARGET_ITERATIONS);
    expect(progress.best!.targets!.all_met).toBe(false);
    // The best Sharpe possible is 2, so the margin can be no better than (2 − 3) / 3.
    expect(progress.best!.score).toBeLessThanOrEqual((2 - 3) / 3 + 1e-12);
    expect(progress.best!.score).toBeGreaterThan((1.9 - 3) / 3);
  });

  it('is deterministic for a seed', () => {
    expect(search({})).toEqual(search({}));
  });
});

describe('candidates', () => {
  it('keeps grid and neighbourhood points on the step grid and inside the bounds', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000 }), (seed) => {
      const points = [...coarseGrid(space, 48), ...neighbourhood(space, { short: 30, long: 150 }, 0.3, 30, seededRandom(seed))];
      return points.every((point) => Object.entries(space).every(([name, range]) => {
        const value = point[name]!;
        return value >= range.min && value <= range.max && Number.isInteger((value - range.min) / range.step);
      }));
    }));
  });

  it('spans the whole range with a grid of at most the asked size', () => {
    const grid = coarseGrid(space, 48);
    expect(grid.length).toBeLessThanOrEqual(48);
    expect(Math.min(...grid.map((point) => point.short!))).toBe(5);
    expect(Math.max(...grid.map((point) => point.long!))).toBe(300);
  });
});
