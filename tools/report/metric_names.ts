import type { MetricKey } from '../risk/types.js';

/** Metric names as they read inside a sentence ("ranks first by Sharpe ratio"). */
export const METRIC_PROSE_NAMES: Readonly<Record<MetricKey, string>> = {
  total_return: 'total return',
  cagr: 'CAGR',
  volatility: 'volatility',
  sharpe_ratio: 'Sharpe ratio',
  sortino_ratio: 'Sortino ratio',
  max_drawdown: 'maximum drawdown',
  calmar_ratio: 'Calmar ratio',
  win_rate: 'win rate',
  profit_factor: 'profit factor',
  num_trades: 'number of trades',
  exposure: 'exposure',
  final_equity: 'final equity',
};
