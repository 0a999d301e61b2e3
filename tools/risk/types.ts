/** The metrics object of every result: exactly these keys, snake_case, `null` where undefined. */
export interface PerformanceMetrics {
  total_return: number;
  cagr: number | null;
  volatility: number | null;
  sharpe_ratio: number | null;
  sortino_ratio: number | null;
  max_drawdown: number;
  calmar_ratio: number | null;
  win_rate: number | null;
  profit_factor: number | null;
  num_trades: number;
  exposure: number;
  final_equity: number;
}

export type MetricKey = keyof PerformanceMetrics;

export const METRIC_KEYS: readonly MetricKey[] = [
  'total_return', 'cagr', 'volatility', 'sharpe_ratio', 'sortino_ratio', 'max_drawdown',
  'calmar_ratio', 'win_rate', 'profit_factor', 'num_trades', 'exposure', 'final_equity',
];
