import { finiteOrNull } from './null_safe.js';

/**
 * (E_end / E_0)^(ppy / N) − 1 over N bars. `null` with no bars, or when the account ended at or
 * below zero (no real growth rate compounds to that).
 */
export function computeCagr(finalEquity: number, initialCapital: number, bars: number, periodsPerYear: number): number | null {
  if (bars === 0 || finalEquity <= 0) return null;
  return finiteOrNull(Math.pow(finalEquity / initialCapital, periodsPerYear / bars) - 1);
}
