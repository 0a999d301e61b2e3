import type { BacktestResult } from '../tools/backtest/backtest_result.js';
import { summarizeBacktest } from '../tools/backtest/backtest_summary.js';
import type { StoredResult } from './experiment_schemas.js';

/** What the store keeps of one result: its summary (everything but the curves, which the hash stands for). */
export function toStoredResult(result: BacktestResult, rank: number, baseline: boolean): StoredResult {
  const summary = summarizeBacktest(result);
  return {
    rank, symbol: summary.symbol, strategy: summary.strategy, params: summary.params, baseline, data: summary.data, range: summary.range,
    periods_per_year: summary.periods_per_year, metrics: summary.metrics, outcome_sha256: summary.outcome_sha256, notes: summary.notes,
  };
}
