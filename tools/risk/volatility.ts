import { finiteOrNull } from './null_safe.js';
import type { EquityCurveSummary } from './equity_curve_summary.js';

/** Annualised volatility: sample std of the per-bar returns × √ppy; `null` when N < 2 or the returns overflow. */
export function computeVolatility(summary: EquityCurveSummary, periodsPerYear: number): number | null {
  return summary.sampleStd === null ? null : finiteOrNull(summary.sampleStd * Math.sqrt(periodsPerYear));
}
