import type { PortfolioRunState } from '../portfolio/portfolio_from_spec.js';
import type { PortfolioResult } from '../portfolio/portfolio_result.js';
import type { PortfolioCharts } from './report_document.js';
import { equityCurveCharts, MAX_CHART_POINTS } from './run_charts.js';
import { downsampleMinMax } from './series/downsample.js';

/**
 * What each symbol of the portfolio trades: null when all buy and hold, one strategy id when they
 * share it, else "BTC sma_crossover, ETH rsi_mean_reversion".
 */
export function portfolioTrading(strategies: PortfolioResult['portfolio']['strategies']): string | null {
  const names = Object.values(strategies).map((strategy) => strategy.name);
  if (names.every((name) => name === 'buy_and_hold')) return null;
  if (names.every((name) => name === names[0])) return names[0]!;
  return Object.entries(strategies).map(([symbol, strategy]) => `${symbol} ${strategy.name}`).join(', ');
}

/** "Portfolio 60% BTC, 40% ETH, rebalanced monthly": what the legend and the terminal chart call it. */
export function portfolioLabel(run: PortfolioRunState): string {
  const { weights, rebalance, strategies } = run.result.portfolio;
  const parts = Object.entries(weights).map(([symbol, weight]) => `${Number((weight * 100).toFixed(1))}% ${symbol}`);
  const trading = portfolioTrading(strategies);
  // Short enough for a chart legend: the per-symbol detail is in the Portfolio section.
  const shared = new Set(Object.values(strategies).map((choice) => choice.name)).size === 1;
  const strategy = trading === null ? '' : shared ? ` trading ${trading}` : ' (a strategy per symbol)';
  return `Portfolio ${parts.join(', ')}${strategy}, ${rebalance === 'none' ? 'never rebalanced' : `rebalanced ${rebalance}`}`;
}

/** The portfolio's curves, weights and correlations as the report's charts draw them. */
export function portfolioCharts(run: PortfolioRunState): PortfolioCharts {
  const { portfolio, correlation } = run.result;
  const times = portfolio.equity.map((point) => point.t);
  const equity = Float64Array.from(portfolio.equity, (point) => point.equity);
  const curve = equityCurveCharts(portfolioLabel(run), false, times, equity, portfolio.settings.initial_capital);
  // The weights at the same closes the equity curve keeps, so both charts line up when zoomed.
  const rows = portfolio.weights_over_time;
  const kept = downsampleMinMax(rows.length, (index) => equity[index]!, MAX_CHART_POINTS);
  const symbols = Object.keys(portfolio.weights);
  return {
    ...curve,
    weights: {
      t: kept.map((index) => rows[index]!.t),
      series: symbols.map((symbol) => ({ symbol, w: kept.map((index) => Number(rows[index]![symbol] ?? 0)) })),
    },
    correlation: { symbols: correlation.symbols, matrix: correlation.matrix },
  };
}
