import { backtestStrategies, type DataContext } from '../backtest/backtest_strategies.js';
import { csvFolderSource, loadEach } from '../data/index.js';
import type { PortfolioOptimizationResult } from '../portfolio/optimize/optimize_portfolio.js';
import type { PortfolioResult } from '../portfolio/portfolio_result.js';
import { buildReport } from '../report/build_report.js';
import { portfolioReportInput } from '../report/direct_run_inputs.js';
import type { ReportDocument } from '../report/report_document.js';

/**
 * The report of a `btp portfolio` run, as the agents write it for a portfolio request: the
 * portfolio beside each symbol's own runs over the same dates (held alone, and with each strategy
 * the portfolio trades), ranked, with the portfolio's charts.
 */
export async function portfolioReport(
  result: PortfolioResult, request: string, context: DataContext & { riskFreeRate: number }, optimization: PortfolioOptimizationResult | null = null,
): Promise<ReportDocument> {
  const { portfolio } = result;
  const symbols = result.assets.map((asset) => asset.symbol);
  const traded = new Map(Object.values(portfolio.strategies).filter((choice) => choice.name !== 'buy_and_hold').map((choice) => [JSON.stringify(choice), choice]));
  const window = { start: portfolio.range.start, end: portfolio.range.end };
  const { settings } = portfolio;
  const run = await backtestStrategies({
    symbols, strategies: [...traded.values(), { name: 'buy_and_hold' }], ...window, interval: result.assets[0]!.interval,
    fees_bps: settings.fees_bps, slippage_bps: settings.slippage_bps, fill: settings.fill, initial_capital: settings.initial_capital,
  }, context);
  const series = await loadEach(csvFolderSource(context), symbols, result.assets[0]!.interval, window);
  const state = { weights: portfolio.weights, optimization, result };
  return buildReport(portfolioReportInput(run, state, { request, riskFreeRate: context.riskFreeRate, prices: new Map(series.map((one) => [one.symbol, one])) }));
}
