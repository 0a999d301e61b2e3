import { createHash } from 'node:crypto';
import type { BacktestResult } from '../tools/backtest/backtest_result.js';
import type { StoredResult } from './experiment_schemas.js';

/**
 * SHA-256 of a result's equity curve, positions and trades. JSON writes every double as the
 * shortest text that reads back to the same bits, so equal hashes mean bit-identical outcomes.
 */
export function outcomeSha256(result: Pick<BacktestResult, 'equity' | 'positions' | 'trades'>): string {
  return createHash('sha256').update(JSON.stringify([result.equity, result.positions, result.trades])).digest('hex');
}

/** What the store keeps of one result: everything but the curves, which the hash stands for. */
export function toStoredResult(result: BacktestResult, rank: number, baseline: boolean): StoredResult {
  return {
    rank, symbol: result.symbol, strategy: result.strategy, params: result.params, baseline,
    data: result.data, range: result.range, periods_per_year: result.periods_per_year, metrics: result.metrics,
    outcome_sha256: outcomeSha256(result), notes: result.notes,
  };
}
