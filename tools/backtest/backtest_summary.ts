import { createHash } from 'node:crypto';
import type { BacktestResult } from './backtest_result.js';

/**
 * SHA-256 of a result's equity curve, positions and trades. JSON writes every double as the
 * shortest text that reads back to the same bits, so equal hashes mean bit-identical outcomes.
 */
export function outcomeSha256(result: Pick<BacktestResult, 'equity' | 'positions' | 'trades'>): string {
  return createHash('sha256').update(JSON.stringify([result.equity, result.positions, result.trades])).digest('hex');
}

/** A result without its curves, which the hash stands for: what the store and a batch sweep keep. */
export type BacktestSummary = Omit<BacktestResult, 'equity' | 'positions' | 'trades' | 'settings'> & { outcome_sha256: string };

export function summarizeBacktest(result: BacktestResult): BacktestSummary {
  return {
    symbol: result.symbol, strategy: result.strategy, params: result.params, data: result.data, range: result.range,
    periods_per_year: result.periods_per_year, metrics: result.metrics, outcome_sha256: outcomeSha256(result), notes: result.notes,
  };
}
