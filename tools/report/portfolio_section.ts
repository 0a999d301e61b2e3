import type { PortfolioRunState } from '../portfolio/portfolio_from_spec.js';
import { formatMetric } from '../risk/format_metric.js';
import type { MetricKey, PerformanceMetrics } from '../risk/types.js';
import { METRIC_PROSE_NAMES } from './metric_names.js';

const SHOWN: readonly MetricKey[] = ['total_return', 'cagr', 'volatility', 'sharpe_ratio', 'max_drawdown', 'final_equity'];

function capitalised(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

function metricRows(columns: ReadonlyArray<[string, PerformanceMetrics | null]>): string[] {
  const lines = [`| | ${columns.map(([label]) => label).join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`];
  for (const metric of SHOWN) {
    lines.push(`| ${capitalised(METRIC_PROSE_NAMES[metric])} | ${columns.map(([, metrics]) => (metrics ? formatMetric(metric, metrics[metric]) : 'n/a')).join(' | ')} |`);
  }
  return lines;
}

/** The report's portfolio section: weights, what each symbol contributed, the combined metrics, costs, correlations. */
export function portfolioSection(run: PortfolioRunState): string[] {
  const { portfolio, correlation } = run.result;
  const percent = (value: number) => formatMetric('exposure', value);
  const lines = ['## Portfolio', ''];
  const strategy = run.strategy.name === 'buy_and_hold' ? 'buy and hold' : run.strategy.name;
  lines.push(`One account with shared cash, ${strategy} in each symbol, rebalanced ${portfolio.rebalance}, ${portfolio.range.start} to ${portfolio.range.end} (${portfolio.range.bars} bars every symbol traded).`, '');
  if (run.optimization) {
    const { optimization } = run;
    lines.push(`Weights chosen for ${optimization.objective.replace('_', ' ')} on ${optimization.in_sample_range.start} to ${optimization.in_sample_range.end}` +
      (optimization.out_of_sample_range ? ` and tested on ${optimization.out_of_sample_range.start} to ${optimization.out_of_sample_range.end}, which the choice never saw:` : ':'), '');
    lines.push(...metricRows([['In-sample', optimization.in_sample], ['Out-of-sample', optimization.out_of_sample]]), '');
  }
  lines.push('| Symbol | Target weight | Contribution to return |', '|---|---:|---:|');
  for (const [symbol, weight] of Object.entries(portfolio.weights)) lines.push(`| ${symbol} | ${percent(weight)} | ${formatMetric('total_return', portfolio.contributions[symbol]!)} |`);
  const cash = 1 - Object.values(portfolio.weights).reduce((sum, weight) => sum + weight, 0);
  if (cash > 1e-9) lines.push(`| cash | ${percent(cash)} | |`);
  lines.push('', ...metricRows([['Whole window', portfolio.metrics]]), '');
  lines.push(`Fees paid ${formatMetric('final_equity', portfolio.fees_paid)}; turnover ${portfolio.turnover.toFixed(2)}× a year; ${portfolio.num_rebalances} scheduled rebalances; ${portfolio.fills.length} fills.`, '');
  const pairs: string[] = [];
  correlation.symbols.forEach((first, row) => correlation.symbols.forEach((second, column) => {
    const value = correlation.matrix[row]![column];
    if (column > row && value !== null && value !== undefined) pairs.push(`${first}/${second} ${value.toFixed(2)}`);
  }));
  if (pairs.length > 0) lines.push(`Correlation of daily returns: ${pairs.join(', ')}.`);
  return lines;
}
