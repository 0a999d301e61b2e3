import { safeRatio } from './null_safe.js';

/** cagr / |max_drawdown|; `null` when either is undefined or there was no drawdown. */
export function computeCalmarRatio(cagr: number | null, maxDrawdown: number): number | null {
  return cagr === null ? null : safeRatio(cagr, Math.abs(maxDrawdown));
}
