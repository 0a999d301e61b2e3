import { finiteOrNull } from './null_safe.js';
import type { ReturnSummary } from './return_summary.js';

/** Annualised volatility: sample std of the per-bar returns × √ppy; `null` when N < 2 or the returns overflow. */
export function computeVolatility(summary: ReturnSummary, periodsPerYear: number): number | null {
  return summary.sampleStd === null ? null : finiteOrNull(summary.sampleStd * Math.sqrt(periodsPerYear));
}
