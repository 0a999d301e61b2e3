import type { PortfolioRunState } from '../portfolio/portfolio_from_spec.js';
import { formatMetric } from '../risk/format_metric.js';
import type { MetricKey } from '../risk/types.js';
import { metricsTable } from './metrics_table.js';
import { portfolioTrading } from './portfolio_label.js';
import { metricCell } from './ranking_table.js';
import type { Block, ReportTable } from './report_document.js';

const SHOWN: readonly MetricKey[] = ['total_return', 'cagr', 'volatility', 'sharpe_ratio', 'max_drawdown', 'final_equity'];

const line = (text: string): Block => ({ kind: 'lines', lines: [[{ text }]] });

/** Each symbol's target weight and what it contributed to the return, and the cash left over. */
function weightsTable(run: PortfolioRunState): ReportTable {
  const { weights, contributions } = run.result.portfolio;
  const rows = Object.entries(weights).map(([symbol, weight]) => [
    { text: symbol }, { text: formatMetric('exposure', weight), value: weight, format: 'percent' as const },
    metricCell('total_return', contributions[symbol]!),
  ]);
  const cash = 1 - Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  if (cash > 1e-9) rows.push([{ text: 'cash' }, { text: formatMetric('exposure', cash), value: cash, format: 'percent' }, { text: '' }]);
  return {
    columns: [
      { key: 'symbol', label: 'Symbol', align: 'left', brief: true },
      { key: 'weight', label: 'Target weight', align: 'right', brief: true },
      { key: 'contribution', label: 'Contribution to return', align: 'right', brief: true, description: 'Net cash the symbol returned (sales − buys, fees included) / initial capital' },
    ],
    rows,
  };
}

/** The report's portfolio section: weights, what each symbol contributed, the combined metrics, costs, correlations. */
export function portfolioBlocks(run: PortfolioRunState): Block[] {
  const { portfolio, correlation } = run.result;
  const trading = portfolioTrading(portfolio.strategies);
  const strategy = trading.kind === 'hold' ? 'buy and hold in each symbol' : trading.kind === 'shared' ? `${trading.strategy} in each symbol` : `trading ${trading.description}`;
  const blocks: Block[] = [line(`One account with shared cash, ${strategy}, rebalanced ${portfolio.rebalance}, ` +
    `${portfolio.range.start} to ${portfolio.range.end} (${portfolio.range.bars} bars every symbol traded).`)];
  if (run.optimization) {
    const { optimization } = run;
    blocks.push(
      line(`Weights chosen for ${optimization.objective.replace('_', ' ')} on ${optimization.in_sample_range.start} to ${optimization.in_sample_range.end}` +
        (optimization.out_of_sample_range ? ` and tested on ${optimization.out_of_sample_range.start} to ${optimization.out_of_sample_range.end}, which the choice never saw:` : ':')),
      { kind: 'table', table: metricsTable(SHOWN, [['In-sample', optimization.in_sample], ['Out-of-sample', optimization.out_of_sample]]) },
    );
  }
  blocks.push(
    { kind: 'table', table: weightsTable(run) },
    { kind: 'table', table: metricsTable(SHOWN, [['Whole window', portfolio.metrics]]) },
    line(`Fees paid ${formatMetric('final_equity', portfolio.fees_paid)}; turnover ${portfolio.turnover.toFixed(2)}× a year; ` +
      `${portfolio.num_rebalances} scheduled rebalances; ${portfolio.fills.length} fills.`),
  );
  const { risk } = portfolio;
  const shares = Object.entries(risk.risk_contributions).filter(([, share]) => share !== null).map(([symbol, share]) => `${symbol} ${formatMetric('exposure', share)}`);
  if (shares.length > 0) {
    blocks.push(line(`Share of the portfolio's variance at the target weights: ${shares.join(', ')}; diversification ratio ` +
      `${risk.diversification_ratio === null ? 'n/a' : risk.diversification_ratio.toFixed(2)} (1 means holding them together cancelled no risk).`));
  }
  const pairs: string[] = [];
  correlation.symbols.forEach((first, row) => correlation.symbols.forEach((second, column) => {
    const value = correlation.matrix[row]![column];
    if (column > row && value !== null && value !== undefined) pairs.push(`${first}/${second} ${value.toFixed(2)}`);
  }));
  if (pairs.length > 0) blocks.push(line(`Correlation of daily returns: ${pairs.join(', ')}.`));
  return blocks;
}
