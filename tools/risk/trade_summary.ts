import type { Trade } from '../strategy/engine/types.js';

/** What win rate and profit factor need from the trades, gathered in one pass. */
export interface TradeSummary {
  count: number;
  /** Trades with net P&L > 0 (a break-even trade is neither a win nor a loss). */
  wins: number;
  grossProfit: number;
  /** Sum of the losing trades' P&L: 0 or negative. */
  grossLoss: number;
}

export function summarizeTrades(trades: readonly Pick<Trade, 'pnl'>[]): TradeSummary {
  let wins = 0;
  let grossProfit = 0;
  let grossLoss = 0;
  for (const { pnl } of trades) {
    if (pnl > 0) {
      wins++;
      grossProfit += pnl;
    } else if (pnl < 0) {
      grossLoss += pnl;
    }
  }
  return { count: trades.length, wins, grossProfit, grossLoss };
}
