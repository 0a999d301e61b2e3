import type { EquityCurveSummary } from './equity_curve_summary.js';
import { safeRatio } from './null_safe.js';

/**
 * mean(r − rf/ppy) / std(r) × √ppy. Subtracting a constant leaves the std unchanged, so the summary
 * of the raw returns serves. `null` when N < 2 or the returns never vary.
 */
export function computeSharpeRatio(summary: EquityCurveSummary, periodsPerYear: number): number | null {
  if (summary.sampleStd === null) return null;
  const meanExcess = summary.mean - summary.riskFreePerBar;
  return safeRatio(meanExcess * Math.sqrt(periodsPerYear), summary.sampleStd);
}
