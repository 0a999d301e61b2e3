import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { METRIC_KEYS, type MetricKey, type PerformanceMetrics } from '../tools/risk/types.js';
import { experiment_results } from './schema.js';

/** The metric columns of experiment_results by metric key: the only way a metric name reaches SQL. */
export const METRIC_COLUMNS: Readonly<Record<MetricKey, SQLiteColumn>> = {
  total_return: experiment_results.total_return,
  cagr: experiment_results.cagr,
  volatility: experiment_results.volatility,
  sharpe_ratio: experiment_results.sharpe_ratio,
  sortino_ratio: experiment_results.sortino_ratio,
  max_drawdown: experiment_results.max_drawdown,
  calmar_ratio: experiment_results.calmar_ratio,
  win_rate: experiment_results.win_rate,
  profit_factor: experiment_results.profit_factor,
  num_trades: experiment_results.num_trades,
  exposure: experiment_results.exposure,
  final_equity: experiment_results.final_equity,
};

export type ResultRow = typeof experiment_results.$inferSelect;

export function metricsOf(row: ResultRow): PerformanceMetrics {
  return Object.fromEntries(METRIC_KEYS.map((key) => [key, row[key]])) as unknown as PerformanceMetrics;
}

/** One result row as the summaries and `best` show it. */
export interface ResultSummary {
  symbol: string;
  strategy: string;
  params: Record<string, number>;
  /** A buy-and-hold reference the request did not ask for. */
  baseline: boolean;
  range: { start: string; end: string };
  metrics: PerformanceMetrics;
}

export function summarizeResultRow(row: ResultRow): ResultSummary {
  return { symbol: row.symbol, strategy: row.strategy, params: row.params, baseline: row.baseline, range: { start: row.start, end: row.end }, metrics: metricsOf(row) };
}
