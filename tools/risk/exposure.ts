import type { EquityCurveSummary } from './equity_curve_summary.js';

/** Share of bars whose position is not flat; 0 with no bars (nothing was ever at risk). */
export function computeExposure(summary: EquityCurveSummary): number {
  return summary.count === 0 ? 0 : summary.barsInMarket / summary.count;
}
