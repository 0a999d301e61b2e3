import { BacktestPilotError } from '../../errors.js';

/** Per-symbol weight bounds; long only, so 0 ≤ lower ≤ upper ≤ 1. */
export interface WeightBounds {
  lower: Float64Array;
  upper: Float64Array;
}

/** Slack allowed on Σw = 1 and on each bound, well under the promised 1e-9. */
export const FEASIBILITY_TOLERANCE = 1e-12;

/**
 * The bounds the optimiser works in: [0, 1] narrowed by max_weight and by any per-symbol
 * [lower, upper]. `infeasible_portfolio` when no weights summing to 1 fit them.
 */
export function resolveWeightBounds(symbols: readonly string[], options: {
  maxWeight?: number; bounds?: Record<string, readonly [number, number]>;
}): WeightBounds {
  const count = symbols.length;
  const lower = new Float64Array(count);
  const upper = new Float64Array(count).fill(Math.min(1, options.maxWeight ?? 1));
  for (const [symbol, [low, high]] of Object.entries(options.bounds ?? {})) {
    const at = symbols.indexOf(symbol);
    if (at < 0) {
      throw new BacktestPilotError('bad_weights', `bounds name ${symbol}, which is not in the portfolio; the symbols are ${symbols.join(', ')}`, { symbol, symbols });
    }
    if (!(low >= 0 && high <= 1 && low <= high)) {
      throw new BacktestPilotError('bad_weights', `bounds of ${symbol} are [${low}, ${high}]; bounds are fractions with 0 ≤ lower ≤ upper ≤ 1`, { symbol, lower: low, upper: high });
    }
    lower[at] = low;
    upper[at] = Math.min(upper[at]!, high);
  }
  let lowerSum = 0;
  let upperSum = 0;
  for (let i = 0; i < count; i++) {
    if (upper[i]! < lower[i]!) {
      throw new BacktestPilotError('infeasible_portfolio', `${symbols[i]} must hold at least ${lower[i]} but max_weight allows at most ${upper[i]}`, { symbol: symbols[i] });
    }
    lowerSum += lower[i]!;
    upperSum += upper[i]!;
  }
  if (upperSum < 1 - FEASIBILITY_TOLERANCE) {
    throw new BacktestPilotError('infeasible_portfolio', `the weights can add up to at most ${round(upperSum)} under these limits, not 100%; raise max_weight to at least ${round(1 / count)} for ${count} symbols or add symbols`, { max_total: upperSum });
  }
  if (lowerSum > 1 + FEASIBILITY_TOLERANCE) {
    throw new BacktestPilotError('infeasible_portfolio', `the lower bounds add up to ${round(lowerSum)}, above 100%`, { min_total: lowerSum });
  }
  return { lower, upper };
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}

/** A point inside the bounds with Σw = 1: every weight the same fraction of the way from lower to upper. */
export function feasibleStart({ lower, upper }: WeightBounds): Float64Array {
  let lowerSum = 0;
  let room = 0;
  for (let i = 0; i < lower.length; i++) { lowerSum += lower[i]!; room += upper[i]! - lower[i]!; }
  const share = room > 0 ? (1 - lowerSum) / room : 0;
  return Float64Array.from(lower, (low, i) => low + share * (upper[i]! - low));
}

/** The highest-mean weights: everything at its lower bound, then the rest to the best means first. */
export function maxReturnWeights(mean: Float64Array, { lower, upper }: WeightBounds): Float64Array {
  const weights = Float64Array.from(lower);
  let left = 1 - lower.reduce((sum, value) => sum + value, 0);
  const order = Array.from(mean.keys()).sort((a, b) => mean[b]! - mean[a]! || a - b);
  for (const i of order) {
    const add = Math.min(left, upper[i]! - lower[i]!);
    weights[i] += add;
    left -= add;
  }
  return weights;
}
