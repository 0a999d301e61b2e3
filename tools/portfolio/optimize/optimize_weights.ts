import { BacktestPilotError } from '../../errors.js';
import { solveBoxQp } from './active_set_qp.js';
import { portfolioMean, portfolioVariance, type ReturnStatistics } from './return_statistics.js';
import { solveRiskParity } from './risk_parity.js';
import { feasibleStart, maxReturnWeights, type WeightBounds } from './weight_bounds.js';

export const OBJECTIVES = ['equal_weight', 'min_variance', 'max_sharpe', 'risk_parity', 'max_return'] as const;
export type PortfolioObjective = (typeof OBJECTIVES)[number];

export interface OptimizationSettings {
  /** Per-bar risk-free return (the annual rate / ppy). */
  riskFreePerBar: number;
  /** Per-bar volatility cap for max_return; absent = no cap. */
  maxVolatilityPerBar?: number;
}

/** A point of the efficient frontier in per-bar units. */
export interface FrontierPoint {
  mean: number;
  volatility: number;
  weights: Float64Array;
}

/**
 * The mean-variance problems, each solved exactly by the active-set QP on Σ:
 * the minimum-variance weights, and for a target mean m the least-variance weights with that mean
 * (the efficient frontier, m from the minimum-variance mean up to the highest mean the bounds allow).
 */
export class MeanVarianceProblem {
  readonly minVariance: Float64Array;
  readonly maxReturn: Float64Array;
  readonly minMean: number;
  readonly maxMean: number;
  private readonly sumRow: Float64Array;

  constructor(readonly stats: ReturnStatistics, readonly bounds: WeightBounds) {
    const n = stats.count;
    this.sumRow = new Float64Array(n).fill(1);
    this.minVariance = solveBoxQp({ q: stats.covariance, c: new Float64Array(n), rows: [this.sumRow], ...bounds }, feasibleStart(bounds));
    this.maxReturn = maxReturnWeights(stats.mean, bounds);
    this.minMean = portfolioMean(stats.mean, this.minVariance);
    this.maxMean = portfolioMean(stats.mean, this.maxReturn);
  }

  /**
   * Least-variance weights with mean m, started from the mix of two solutions whose means bracket m
   * (a feasible point with mean m, already close to the answer).
   */
  atMean(mean: number, below: { mean: number; weights: Float64Array } = this.lowEnd(), above = this.highEnd()): Float64Array {
    if (mean <= this.minMean) return this.minVariance;
    if (mean >= this.maxMean) return this.maxReturn;
    const span = above.mean - below.mean;
    const share = span > 0 ? (mean - below.mean) / span : 0;
    const start = Float64Array.from(below.weights, (weight, i) => weight + share * (above.weights[i]! - weight));
    const n = this.stats.count;
    return solveBoxQp({ q: this.stats.covariance, c: new Float64Array(n), rows: [this.sumRow, this.stats.mean], ...this.bounds }, start);
  }

  point(weights: Float64Array): FrontierPoint {
    return { mean: portfolioMean(this.stats.mean, weights), volatility: Math.sqrt(Math.max(0, portfolioVariance(this.stats.covariance, weights))), weights };
  }

  lowEnd(): { mean: number; weights: Float64Array } {
    return { mean: this.minMean, weights: this.minVariance };
  }

  highEnd(): { mean: number; weights: Float64Array } {
    return { mean: this.maxMean, weights: this.maxReturn };
  }

  /** `count` points evenly spaced in mean from the minimum-variance portfolio to the highest mean. */
  frontier(count: number): FrontierPoint[] {
    const points: FrontierPoint[] = [];
    let previous = this.lowEnd();
    for (let at = 0; at < count; at++) {
      const mean = count === 1 ? this.minMean : this.minMean + ((this.maxMean - this.minMean) * at) / (count - 1);
      const weights = at === 0 ? this.minVariance : at === count - 1 ? this.maxReturn : this.atMean(mean, previous);
      points.push(this.point(weights));
      previous = { mean: portfolioMean(this.stats.mean, weights), weights };
    }
    return points;
  }
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * The weights of one objective under the bounds:
 * - equal_weight: 1/n each, or the feasible weights nearest to that when the bounds forbid it;
 * - min_variance: the QP min wᵀΣw;
 * - max_sharpe: along the frontier (mean − rf) / σ is quasi-concave (σ is convex in the mean), so a
 *   scan of the frontier brackets the maximum and a golden-section search on the mean closes in;
 * - max_return: the highest mean whose least variance stays within the cap (bisection on the mean:
 *   the frontier's σ rises with it), or the highest mean outright without a cap;
 * - risk_parity: equal risk contributions (see solveRiskParity).
 */
export function optimizeWeights(
  problem: MeanVarianceProblem, objective: PortfolioObjective, settings: OptimizationSettings, symbols: readonly string[],
): Float64Array {
  const { stats, bounds } = problem;
  const n = stats.count;
  switch (objective) {
    case 'equal_weight': {
      const equal = new Float64Array(n).fill(1 / n);
      const identity = new Float64Array(n * n);
      for (let i = 0; i < n; i++) identity[i * n + i] = 1;
      return solveBoxQp({ q: identity, c: equal, rows: [new Float64Array(n).fill(1)], ...bounds }, feasibleStart(bounds));
    }
    case 'min_variance':
      return problem.minVariance;
    case 'max_sharpe':
      return maxSharpe(problem, settings.riskFreePerBar);
    case 'max_return':
      return maxReturn(problem, settings.maxVolatilityPerBar);
    case 'risk_parity':
      return solveRiskParity(stats.covariance, n, bounds, symbols);
  }
}

function sharpeOf(problem: MeanVarianceProblem, weights: Float64Array, riskFreePerBar: number): number {
  const { mean, volatility } = problem.point(weights);
  return volatility > 0 ? (mean - riskFreePerBar) / volatility : mean > riskFreePerBar ? Infinity : -Infinity;
}

function maxSharpe(problem: MeanVarianceProblem, riskFreePerBar: number): Float64Array {
  const scan = problem.frontier(SCAN_POINTS);
  let best = 0;
  scan.forEach((point, at) => {
    if (sharpeOf(problem, point.weights, riskFreePerBar) > sharpeOf(problem, scan[best]!.weights, riskFreePerBar)) best = at;
  });
  if (problem.maxMean - problem.minMean <= 0) return scan[best]!.weights;
  // The maximum lies between the scan's neighbours of the best point.
  let low = { mean: scan[Math.max(0, best - 1)]!.mean, weights: scan[Math.max(0, best - 1)]!.weights };
  let high = { mean: scan[Math.min(scan.length - 1, best + 1)]!.mean, weights: scan[Math.min(scan.length - 1, best + 1)]!.weights };
  const evaluate = (mean: number) => {
    const weights = problem.atMean(mean, low, high);
    return { mean, weights, sharpe: sharpeOf(problem, weights, riskFreePerBar) };
  };
  let left = evaluate(high.mean - GOLDEN * (high.mean - low.mean));
  let right = evaluate(low.mean + GOLDEN * (high.mean - low.mean));
  let champion = { weights: scan[best]!.weights, sharpe: sharpeOf(problem, scan[best]!.weights, riskFreePerBar) };
  const tolerance = (problem.maxMean - problem.minMean) * 1e-13;
  for (let iteration = 0; iteration < 200 && high.mean - low.mean > tolerance; iteration++) {
    if (left.sharpe < right.sharpe) {
      low = left;
      left = right;
      right = evaluate(low.mean + GOLDEN * (high.mean - low.mean));
    } else {
      high = right;
      right = left;
      left = evaluate(high.mean - GOLDEN * (high.mean - low.mean));
    }
    for (const candidate of [left, right]) if (candidate.sharpe > champion.sharpe) champion = candidate;
  }
  return champion.weights;
}

/** Points of the frontier scanned to bracket the maximum Sharpe ratio. */
const SCAN_POINTS = 30;

function maxReturn(problem: MeanVarianceProblem, cap: number | undefined): Float64Array {
  if (cap === undefined) return problem.maxReturn;
  const { volatility: highest } = problem.point(problem.maxReturn);
  if (highest <= cap) return problem.maxReturn;
  const { volatility: lowest } = problem.point(problem.minVariance);
  if (lowest > cap) {
    throw new BacktestPilotError('infeasible_portfolio', `no weights keep volatility within the cap: the least volatile mix has ${lowest} per bar, above the cap ${cap}`, {
      min_volatility_per_bar: lowest, cap_per_bar: cap,
    });
  }
  let low = problem.lowEnd();
  let high = problem.highEnd();
  for (let iteration = 0; iteration < 200 && high.mean - low.mean > (problem.maxMean - problem.minMean) * 1e-14; iteration++) {
    const mean = (low.mean + high.mean) / 2;
    const weights = problem.atMean(mean, low, high);
    if (problem.point(weights).volatility <= cap) low = { mean, weights };
    else high = { mean, weights };
  }
  return low.weights;
}
