import type { MetricKey } from './types.js';

export type MetricFormat = 'percent' | 'ratio' | 'count' | 'currency';

export interface MetricDescription {
  label: string;
  format: MetricFormat;
  description: string;
}

/** How reports and CLI tables name, format and explain each metric. */
export const METRIC_DESCRIPTIONS: Readonly<Record<MetricKey, MetricDescription>> = Object.freeze({
  total_return: { label: 'Total return', format: 'percent', description: 'Final equity / initial capital − 1.' },
  cagr: { label: 'CAGR', format: 'percent', description: 'Compound annual growth rate over the bars in range.' },
  volatility: { label: 'Volatility', format: 'percent', description: 'Annualised sample standard deviation of per-bar returns.' },
  sharpe_ratio: { label: 'Sharpe', format: 'ratio', description: 'Annualised mean excess return over the risk-free rate per unit of volatility.' },
  sortino_ratio: { label: 'Sortino', format: 'ratio', description: 'Annualised mean excess return per unit of downside deviation (only returns below the risk-free rate count as risk).' },
  max_drawdown: { label: 'Max drawdown', format: 'percent', description: 'Largest fall of equity from its running peak (the initial capital being the first peak).' },
  calmar_ratio: { label: 'Calmar', format: 'ratio', description: 'CAGR divided by the size of the maximum drawdown.' },
  win_rate: { label: 'Win rate', format: 'percent', description: 'Share of trades closed with a net profit.' },
  profit_factor: { label: 'Profit factor', format: 'ratio', description: 'Gross profit of winning trades / gross loss of losing trades.' },
  num_trades: { label: 'Trades', format: 'count', description: 'Number of round trips.' },
  exposure: { label: 'Exposure', format: 'percent', description: 'Share of bars with an open position.' },
  final_equity: { label: 'Final equity', format: 'currency', description: 'Equity at the last bar, after closing any open position.' },
});
