import { BacktestPilotError } from '../../errors.js';
import { solveLinearSystem } from './solve_linear_system.js';
import { FEASIBILITY_TOLERANCE, type WeightBounds } from './weight_bounds.js';

/**
 * Equal risk contributions: w_i·(Σw)_i the same for every symbol. Minimises the strictly convex
 * ½yᵀΣy − (1/n)·Σ ln y_i over y > 0 by Newton's method (its optimum has y_i·(Σy)_i = 1/n for all
 * i), then w = y / Σy. Long-only equal-risk weights are unique; when they break max_weight or a
 * bound, no bounded weights have equal contributions: `infeasible_portfolio` says which.
 */
export function solveRiskParity(covariance: Float64Array, n: number, bounds: WeightBounds, symbols: readonly string[]): Float64Array {
  // Start at inverse volatility, scaled so yᵀΣy = 1 (the optimum's value).
  let y = Float64Array.from({ length: n }, (_, i) => 1 / Math.sqrt(Math.max(covariance[i * n + i]!, 1e-300)));
  const quadratic = (v: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum += v[i]! * covariance[i * n + j]! * v[j]!;
    return sum;
  };
  const startScale = 1 / Math.sqrt(quadratic(y));
  y = y.map((value) => value * startScale);
  const objective = (v: Float64Array) => {
    let logs = 0;
    for (const value of v) logs += Math.log(value);
    return quadratic(v) / 2 - logs / n;
  };
  for (let iteration = 0; iteration < 200; iteration++) {
    const gradient = new Float64Array(n);
    const hessian = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      let row = 0;
      for (let j = 0; j < n; j++) {
        row += covariance[i * n + j]! * y[j]!;
        hessian[i * n + j] = covariance[i * n + j]!;
      }
      gradient[i] = row - 1 / (n * y[i]!);
      hessian[i * n + i] += 1 / (n * y[i]! * y[i]!);
    }
    const step = solveLinearSystem(hessian, gradient.map((value) => -value), n);
    if (!step) break;
    // Newton decrement: stop once the quadratic model has nothing left to gain.
    let decrement = 0;
    for (let i = 0; i < n; i++) decrement -= gradient[i]! * step[i]!;
    if (decrement < 1e-28) break;
    let size = 1;
    for (let i = 0; i < n; i++) if (step[i]! < 0) size = Math.min(size, -0.99 * y[i]! / step[i]!);
    const current = objective(y);
    let next = y.map((value, i) => value + size * step[i]!);
    while (objective(next) > current - 1e-4 * size * decrement && size > 1e-12) {
      size /= 2;
      next = y.map((value, i) => value + size * step[i]!);
    }
    y = next;
  }
  const total = y.reduce((sum, value) => sum + value, 0);
  const weights = y.map((value) => value / total);
  for (let i = 0; i < n; i++) {
    if (weights[i]! > bounds.upper[i]! + FEASIBILITY_TOLERANCE || weights[i]! < bounds.lower[i]! - FEASIBILITY_TOLERANCE) {
      throw new BacktestPilotError('infeasible_portfolio', `risk parity gives ${symbols[i]} a weight of ${weights[i]!.toFixed(4)}, outside its allowed [${bounds.lower[i]}, ${bounds.upper[i]}]; equal risk contributions cannot hold within these limits`, {
        symbol: symbols[i], weight: weights[i], lower: bounds.lower[i], upper: bounds.upper[i],
      });
    }
  }
  return weights;
}
