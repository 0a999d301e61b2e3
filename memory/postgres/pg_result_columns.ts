import type { PgColumn } from 'drizzle-orm/pg-core';
import type { MetricKey } from '../../tools/risk/types.js';
import { experiment_results } from './schema.js';

/** The metric columns of experiment_results by metric key: the only way a metric name reaches SQL. */
export const PG_METRIC_COLUMNS: Readonly<Record<MetricKey, PgColumn>> = {
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
