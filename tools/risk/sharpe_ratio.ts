import { safeRatio } from './null_safe.js';
import type { ReturnSummary } from './return_summary.js';

/**
 * mean(r − rf/ppy) / std(r) × √ppy. Subtracting a constant leaves the std unchanged, so the summary
 * of the raw returns serves. `null` when N < 2 or the returns never vary.
 */
export function computeSharpeRatio(summary: ReturnSummary, periodsPerYear: number, riskFreeRate: number): number | null {
  if (summary.sampleStd === null) return null;
  const meanExcess = summary.mean - riskFreeRate / periodsPerYear;
  return safeRatio(meanExcess * Math.sqrt(periodsPerYear), summary.sampleStd);
}
