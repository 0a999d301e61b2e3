import type { PortfolioRunState } from '../portfolio/portfolio_from_spec.js';
import { portfolioLabel } from './portfolio_label.js';
import type { PortfolioCharts } from './report_document.js';
import { equityCurveCharts, MAX_CHART_POINTS } from './run_charts.js';
import { downsampleMinMax } from './series/downsample.js';

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
