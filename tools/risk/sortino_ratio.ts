import { safeRatio } from './null_safe.js';

/**
 * mean(r − rf/ppy) / √mean(min(r − rf/ppy, 0)²) × √ppy, the downside mean taken over all N returns
 * (bars above the target count as 0, not as missing). `null` with no returns or no downside.
 */
export function computeSortinoRatio(
  returns: Float64Array,
  meanReturn: number,
  periodsPerYear: number,
  riskFreeRate: number,
): number | null {
  if (returns.length === 0) return null;
  const target = riskFreeRate / periodsPerYear;
  let sumSquaredShortfall = 0;
  for (let t = 0; t < returns.length; t++) {
    const shortfall = Math.min(returns[t]! - target, 0);
    sumSquaredShortfall += shortfall * shortfall;
  }
  const downsideDeviation = Math.sqrt(sumSquaredShortfall / returns.length);
  return safeRatio((meanReturn - target) * Math.sqrt(periodsPerYear), downsideDeviation);
}
