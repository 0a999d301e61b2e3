import { safeRatio } from './null_safe.js';
import type { TradeSummary } from './trade_summary.js';

/** Sum of winning P&L / |sum of losing P&L|; `null` when no trade lost. */
export function computeProfitFactor(summary: TradeSummary): number | null {
  return safeRatio(summary.grossProfit, Math.abs(summary.grossLoss));
}
