import type { EquityCurveSummary } from './equity_curve_summary.js';

/**
 * min over t of E_t / running peak − 1, the initial capital being the first peak: 0 or a negative
 * fraction. Equity below zero (a short that blew up) is reported as −1: everything was lost.
 */
export function computeMaxDrawdown(summary: EquityCurveSummary): number {
  return Math.max(summary.worstDrawdown, -1);
}
