import asciichart from 'asciichart';
import Table from 'cli-table3';
import type { PortfolioOptimizationResult } from '../../portfolio/optimize/optimize_portfolio.js';
import type { PortfolioResult } from '../../portfolio/portfolio_result.js';
import { formatMetric } from '../../risk/index.js';
import type { PerformanceMetrics } from '../../risk/types.js';
import type { MetricKey } from '../../risk/types.js';
import { describeSource } from '../describe_source.js';

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
const plain = { head: [], border: [] };

const METRIC_COLUMNS: ReadonlyArray<[MetricKey, string]> = [
  ['total_return', 'Return'], ['cagr', 'CAGR'], ['volatility', 'Volatility'], ['sharpe_ratio', 'Sharpe'], ['sortino_ratio', 'Sortino'],
  ['max_drawdown', 'Max DD'], ['calmar_ratio', 'Calmar'], ['num_trades', 'Round trips'], ['final_equity', 'Final equity'],
];

/** One row per labelled set of metrics. */
function metricsTable(rows: Array<[string, PerformanceMetrics | null]>): string {
  const table = new Table({ head: ['', ...METRIC_COLUMNS.map(([, label]) => label)], style: plain, colAligns: ['left', ...METRIC_COLUMNS.map(() => 'right' as const)] });
  for (const [label, metrics] of rows) table.push([label, ...METRIC_COLUMNS.map(([key]) => (metrics ? formatMetric(key, metrics[key]) : '—'))]);
  return table.toString();
}

function correlationTable(correlation: PortfolioResult['correlation']): string {
  const table = new Table({ head: ['', ...correlation.symbols], style: plain, colAligns: ['left', ...correlation.symbols.map(() => 'right' as const)] });
  correlation.matrix.forEach((row, at) => table.push([correlation.symbols[at]!, ...row.map((value) => (value === null ? '—' : value.toFixed(3)))]));
  return table.toString();
}

function downsample(values: readonly number[], width: number): number[] {
  if (values.length <= width) return [...values];
  const step = (values.length - 1) / (width - 1);
  return Array.from({ length: width }, (_, at) => values[Math.round(at * step)]!);
}

/** `btp portfolio` without --json: the weights and what became of them, the metrics, the equity, the correlations. */
export function renderPortfolio(result: PortfolioResult, { chart = true } = {}): string {
  const { portfolio } = result;
  const lines: string[] = [];
  const cash = 1 - Object.values(portfolio.weights).reduce((sum, weight) => sum + weight, 0);
  lines.push(`Portfolio ${portfolio.range.start} to ${portfolio.range.end} (${portfolio.range.bars} shared bars), rebalanced ${portfolio.rebalance}`);
  const symbols = new Table({ head: ['Symbol', 'Target', 'Strategy', 'Contribution', 'Data', 'Source'], style: plain, colAligns: ['left', 'right', 'left', 'right', 'left', 'left'] });
  for (const asset of result.assets) {
    const strategy = portfolio.strategies[asset.symbol]!;
    const params = Object.entries(strategy.params).map(([name, value]) => `${name}=${value}`).join(',');
    symbols.push([asset.symbol, percent(asset.weight), params ? `${strategy.name}(${params})` : strategy.name, percent(portfolio.contributions[asset.symbol]!), asset.file, describeSource(asset.provenance)]);
  }
  if (cash > 1e-12) symbols.push(['cash', percent(cash), '', '', '', '']);
  lines.push(symbols.toString());
  lines.push(metricsTable([['Portfolio', portfolio.metrics]]));
  lines.push(`Fees paid ${portfolio.fees_paid.toFixed(2)}   turnover ${portfolio.turnover.toFixed(2)}× a year   rebalances ${portfolio.num_rebalances}   fills ${portfolio.fills.length}`);
  const shares = Object.entries(portfolio.risk.risk_contributions).filter(([, share]) => share !== null).map(([symbol, share]) => `${symbol} ${percent(share!)}`);
  if (shares.length > 0) {
    lines.push(`Risk share at target weights ${shares.join(', ')}   diversification ratio ${portfolio.risk.diversification_ratio?.toFixed(2) ?? '—'}`);
  }
  if (chart) {
    lines.push(`Equity, ${portfolio.range.start} to ${portfolio.range.end}`);
    lines.push(asciichart.plot(downsample(portfolio.equity.map((point) => point.equity), 72), { height: 12, format: (value: number) => value.toFixed(0).padStart(9) }));
  }
  lines.push('Correlation of daily returns');
  lines.push(correlationTable(result.correlation));
  for (const note of portfolio.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}

/** `btp portfolio optimize` without --json: the chosen weights, in- and out-of-sample metrics, the frontier. */
export function renderPortfolioOptimization(result: PortfolioOptimizationResult): string {
  const lines: string[] = [];
  lines.push(`Objective ${result.objective}; optimised on ${result.in_sample_range.start} to ${result.in_sample_range.end}` +
    (result.out_of_sample_range ? `, tested on ${result.out_of_sample_range.start} to ${result.out_of_sample_range.end}` : ''));
  const weights = new Table({ head: ['Symbol', 'Weight', 'Risk share'], style: plain, colAligns: ['left', 'right', 'right'] });
  for (const [symbol, weight] of Object.entries(result.weights)) weights.push([symbol, percent(weight), percent(result.expected.risk_contributions[symbol]!)]);
  lines.push(weights.toString());
  lines.push(`In-sample estimate: return ${percent(result.expected.return)} a year, volatility ${percent(result.expected.volatility)}, Sharpe ${result.expected.sharpe_ratio?.toFixed(2) ?? '—'}`);
  lines.push(metricsTable([['In-sample', result.in_sample], ['Out-of-sample', result.out_of_sample]]));
  const symbols = Object.keys(result.weights);
  const frontier = new Table({ head: ['Volatility', 'Return', 'Sharpe', ...symbols], style: plain, colAligns: ['right', 'right', 'right', ...symbols.map(() => 'right' as const)] });
  const every = Math.max(1, Math.floor(result.frontier.length / 10));
  let shown = 0;
  result.frontier.forEach((point, at) => {
    if (at % every !== 0 && at !== result.frontier.length - 1) return;
    shown++;
    frontier.push([percent(point.volatility), percent(point.return), point.sharpe_ratio?.toFixed(2) ?? '—', ...Object.values(point.weights).map(percent)]);
  });
  lines.push(`Efficient frontier (in-sample; ${shown} of ${result.frontier.length} points, all in --json)`);
  lines.push(frontier.toString());
  lines.push('Correlation of in-sample returns');
  lines.push(correlationTable(result.correlation));
  for (const note of result.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}
