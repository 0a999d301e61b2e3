import type { EquityCurveSummary } from './equity_curve_summary.js';
import { safeRatio } from './null_safe.js';

/**
 * mean(r − rf/ppy) / √mean(min(r − rf/ppy, 0)²) × √ppy, the downside mean taken over all N returns
 * (bars above the target count as 0, not as missing). `null` with no returns or no downside.
 */
export function computeSortinoRatio(summary: EquityCurveSummary, periodsPerYear: number): number | null {
  if (summary.downsideDeviation === null) return null;
  return safeRatio((summary.mean - summary.riskFreePerBar) * Math.sqrt(periodsPerYear), summary.downsideDeviation);
}
