import { describe, expect, it } from 'vitest';
import { seededUniforms } from '../../strategy/indicators/test_support/seeded_uniforms.js';
import { MeanVarianceProblem, optimizeWeights } from './optimize_weights.js';
import { portfolioMean, portfolioVariance, returnStatistics, riskContributions } from './return_statistics.js';
import { resolveWeightBounds } from './weight_bounds.js';

/** Correlated daily-looking returns: a shared factor plus noise, each symbol its own drift and scale. */
function syntheticReturns(symbols: number, samples: number, seed: number, drifts?: number[]): Float64Array[] {
  const uniform = seededUniforms(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const drift = drifts ?? Array.from({ length: symbols }, () => (uniform() - 0.3) * 0.002);
  const scale = Array.from({ length: symbols }, () => 0.01 + uniform() * 0.03);
  const loading = Array.from({ length: symbols }, () => uniform());
  const columns = Array.from({ length: symbols }, () => new Float64Array(samples));
  for (let k = 0; k < samples; k++) {
    const factor = normal();
    for (let i = 0; i < symbols; i++) columns[i]![k] = drift[i]! + scale[i]! * (loading[i]! * factor + normal());
  }
  return columns;
}

function problemOf(returns: Float64Array[], maxWeight?: number) {
  const symbols = returns.map((_, i) => `S${i}`);
  const stats = returnStatistics(returns);
  return { symbols, stats, problem: new MeanVarianceProblem(stats, resolveWeightBounds(symbols, { maxWeight })) };
}

function expectFeasible(weights: Float64Array, maxWeight = 1): void {
  expect(Math.abs(weights.reduce((sum, w) => sum + w, 0) - 1)).toBeLessThan(1e-9);
  for (const weight of weights) {
    expect(weight).toBeGreaterThanOrEqual(-1e-9);
    expect(weight).toBeLessThanOrEqual(maxWeight + 1e-9);
  }
}

const sharpe = (stats: ReturnType<typeof returnStatistics>, weights: Float64Array, rf = 0) =>
  (portfolioMean(stats.mean, weights) - rf) / Math.sqrt(portfolioVariance(stats.covariance, weights));

/** Every weight vector on the simplex of 3 with steps of 1/steps, filtered by max weight. */
function* simplexGrid(steps: number, maxWeight = 1): Generator<Float64Array> {
  for (let a = 0; a <= steps; a++) {
    for (let b = 0; a + b <= steps; b++) {
      const weights = Float64Array.of(a / steps, b / steps, (steps - a - b) / steps);
      if (weights.every((w) => w <= maxWeight + 1e-12)) yield weights;
    }
  }
}

describe('two assets: the closed forms', () => {
  // Strong positive drifts, so the tangency portfolio (of positive excess returns) is the maximum.
  const { stats, problem, symbols } = problemOf(syntheticReturns(2, 500, 7, [0.004, 0.003]));
  const [v1, c12, , v2] = stats.covariance as unknown as [number, number, number, number];

  it('min_variance is w1 = (σ2² − σ12) / (σ1² + σ2² − 2σ12)', () => {
    const weights = optimizeWeights(problem, 'min_variance', { riskFreePerBar: 0 }, symbols);
    const closedForm = (v2 - c12) / (v1 + v2 - 2 * c12);
    expect(closedForm).toBeGreaterThan(0);
    expect(closedForm).toBeLessThan(1);
    expect(weights[0]).toBeCloseTo(closedForm, 10);
    expectFeasible(weights);
  });

  it('max_sharpe is the tangency portfolio w ∝ Σ⁻¹(μ − rf) when that is long only', () => {
    const rf = 0.0001;
    const excess = [stats.mean[0]! - rf, stats.mean[1]! - rf];
    const determinant = v1 * v2 - c12 * c12;
    const raw = [(v2 * excess[0]! - c12 * excess[1]!) / determinant, (v1 * excess[1]! - c12 * excess[0]!) / determinant];
    const tangency = raw[0]! / (raw[0]! + raw[1]!);
    expect(excess.every((value) => value > 0)).toBe(true);
    expect(tangency).toBeGreaterThan(0);
    expect(tangency).toBeLessThan(1);
    const weights = optimizeWeights(problem, 'max_sharpe', { riskFreePerBar: rf }, symbols);
    const optimum = sharpe(stats, Float64Array.of(tangency, 1 - tangency), rf);
    expect(sharpe(stats, weights, rf)).toBeGreaterThanOrEqual(optimum * (1 - 1e-6));
    expect(weights[0]).toBeCloseTo(tangency, 5);
  });
});

describe('three assets: against brute force on a simplex grid of step 1/600', () => {
  const maxWeight = 0.6;
  const { stats, problem, symbols } = problemOf(syntheticReturns(3, 750, 11), maxWeight);

  it('min_variance is no worse than the best grid point', () => {
    const weights = optimizeWeights(problem, 'min_variance', { riskFreePerBar: 0 }, symbols);
    expectFeasible(weights, maxWeight);
    let best = Infinity;
    for (const point of simplexGrid(600, maxWeight)) best = Math.min(best, portfolioVariance(stats.covariance, point));
    expect(portfolioVariance(stats.covariance, weights)).toBeLessThanOrEqual(best * (1 + 1e-6));
  });

  it('max_sharpe is no worse than the best grid point', () => {
    const rf = 0.00005;
    const weights = optimizeWeights(problem, 'max_sharpe', { riskFreePerBar: rf }, symbols);
    expectFeasible(weights, maxWeight);
    let best = -Infinity;
    for (const point of simplexGrid(600, maxWeight)) best = Math.max(best, sharpe(stats, point, rf));
    const found = sharpe(stats, weights, rf);
    expect(found).toBeGreaterThanOrEqual(best - Math.abs(best) * 1e-6);
  });

  it('max_return under a volatility cap keeps the cap and is no worse than the best grid point within it', () => {
    const cap = Math.sqrt(portfolioVariance(stats.covariance, problem.minVariance)) * 1.3;
    const weights = optimizeWeights(problem, 'max_return', { riskFreePerBar: 0, maxVolatilityPerBar: cap }, symbols);
    expectFeasible(weights, maxWeight);
    expect(Math.sqrt(portfolioVariance(stats.covariance, weights))).toBeLessThanOrEqual(cap * (1 + 1e-9));
    let best = -Infinity;
    for (const point of simplexGrid(600, maxWeight)) {
      if (Math.sqrt(portfolioVariance(stats.covariance, point)) <= cap) best = Math.max(best, portfolioMean(stats.mean, point));
    }
    expect(portfolioMean(stats.mean, weights)).toBeGreaterThanOrEqual(best - Math.abs(best) * 1e-6);
  });

  it('equal_weight is 1/3 each', () => {
    const weights = optimizeWeights(problem, 'equal_weight', { riskFreePerBar: 0 }, symbols);
    for (const weight of weights) expect(weight).toBeCloseTo(1 / 3, 12);
  });
});

describe('risk parity', () => {
  it('gives every symbol the same share of the variance, to 1e-6 relative', () => {
    for (const seed of [3, 5, 8]) {
      const { stats, problem, symbols } = problemOf(syntheticReturns(6, 400, seed));
      const weights = optimizeWeights(problem, 'risk_parity', { riskFreePerBar: 0 }, symbols);
      expectFeasible(weights);
      for (const share of riskContributions(stats.covariance, weights)) expect(Math.abs(share * 6 - 1)).toBeLessThan(1e-6);
    }
  });

  it('refuses a max_weight the equal-risk weights break, naming the symbol', () => {
    const { problem, symbols } = problemOf(syntheticReturns(3, 400, 3), 0.34);
    expect(() => optimizeWeights(problem, 'risk_parity', { riskFreePerBar: 0 }, symbols)).toThrow(/risk parity gives S\d/);
  });
});

describe('twenty assets', () => {
  const { stats, problem, symbols } = problemOf(syntheticReturns(20, 1000, 21), 0.15);

  it('every objective is feasible to 1e-9 and max_sharpe beats every frontier point and random feasible weights', () => {
    for (const objective of ['equal_weight', 'min_variance', 'max_sharpe', 'risk_parity', 'max_return'] as const) {
      if (objective === 'risk_parity') continue;
      expectFeasible(optimizeWeights(problem, objective, { riskFreePerBar: 0 }, symbols), 0.15);
    }
    const best = optimizeWeights(problem, 'max_sharpe', { riskFreePerBar: 0 }, symbols);
    const found = sharpe(stats, best);
    for (const point of problem.frontier(30)) expect(found).toBeGreaterThanOrEqual(sharpe(stats, point.weights) - 1e-12);
    const uniform = seededUniforms(99);
    for (let trial = 0; trial < 2000; trial++) {
      // Random mixes of the equal weights and a random point, kept under the cap.
      const raw = Float64Array.from({ length: 20 }, () => uniform());
      const total = raw.reduce((sum, w) => sum + w, 0);
      const candidate = raw.map((w) => 0.5 * (w / total) + 0.5 / 20);
      if (candidate.some((w) => w > 0.15)) continue;
      expect(found).toBeGreaterThanOrEqual(sharpe(stats, candidate));
    }
  });

  it('the frontier runs from the minimum variance to the highest mean, each point the least variance for its mean', () => {
    const points = problem.frontier(30);
    expect(points).toHaveLength(30);
    for (let at = 1; at < points.length; at++) {
      expect(points[at]!.mean).toBeGreaterThan(points[at - 1]!.mean);
      expect(points[at]!.volatility).toBeGreaterThanOrEqual(points[at - 1]!.volatility - 1e-15);
      expectFeasible(points[at]!.weights, 0.15);
    }
  });
});
