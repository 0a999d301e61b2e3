import { safeRatio } from './null_safe.js';
import type { TradeSummary } from './trade_summary.js';

/** Share of trades with net P&L > 0; `null` with no trades. */
export function computeWinRate(summary: TradeSummary): number | null {
  return safeRatio(summary.wins, summary.count);
}
