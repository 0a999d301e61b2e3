import type { EquityCurveCharts, ReportDocument, RunCharts } from '../report_document.js';
import { bestAndBaseline } from '../run_charts.js';
import type { ChartSpec } from './chart_spec.js';
import {
  drawdownOption, equityOption, monthlyReturnsOption, priceOption, returnDistributionOption, yearlyReturnsOption,
} from './run_chart_options.js';
import {
  correlationOption, inVersusOutOption, parameterHeatmapOption, portfolioWeightsOption, rankingOption, walkForwardEquityOption, walkForwardOption,
} from './summary_chart_options.js';

const WIDE = 960;

const fileSafe = (id: string) => id.replace(/[^A-Za-z0-9_-]+/g, '-');

/** The runs whose curves share the equity and drawdown charts: every run, at most 8 (the best by rank). */
function chartedRuns(runs: readonly RunCharts[]): RunCharts[] {
  return runs.slice(0, 8);
}

/** Every chart of a report, in the order the tearsheet shows them; the same specs render to SVG and PNG. */
export function reportCharts(document: ReportDocument): ChartSpec[] {
  const specs: ChartSpec[] = [];
  const portfolio = document.portfolio;
  // A portfolio leads both curve charts, drawn against the single-symbol runs it is made of.
  const runs: EquityCurveCharts[] = [...(portfolio ? [portfolio] : []), ...chartedRuns(document.runs)];
  if (runs.length > 0) {
    const underwater: EquityCurveCharts[] = portfolio ? [portfolio, ...document.runs.slice(0, 1)] : bestAndBaseline(document.runs);
    specs.push(
      { id: 'equity', kind: 'equity', title: 'Equity', width: WIDE, height: 420, option: equityOption(runs), points: runs.reduce((sum, run) => sum + run.equity.t.length, 0) },
      { id: 'drawdown', kind: 'drawdown', title: 'Drawdown', width: WIDE, height: 320, option: drawdownOption(underwater), points: underwater.reduce((sum, run) => sum + run.drawdown.t.length, 0) },
    );
  }
  if (document.ranking.length > 1) {
    specs.push({ id: 'ranking', kind: 'ranking', title: 'Ranking', width: WIDE, height: Math.max(200, 60 + document.ranking.length * 28), option: rankingOption(document), points: document.ranking.length });
  }
  for (const run of document.runs) {
    const id = fileSafe(run.id);
    if (run.price) {
      const { candles, markers, oscillator } = run.price;
      specs.push({
        id: `price-${id}`, kind: 'price', title: `${run.label}: price and trades`, run: run.id, width: WIDE, height: oscillator ? 500 : 380, option: priceOption(run),
        points: candles.t.length + markers.length + (oscillator ? oscillator.lines.length * oscillator.t.length : 0),
      });
    }
    if (run.monthly_returns.length > 0) {
      const years = new Set(run.monthly_returns.map(([year]) => year)).size;
      specs.push(
        { id: `monthly-${id}`, kind: 'monthly_returns', title: `${run.label}: monthly returns`, run: run.id, width: WIDE, height: 110 + years * 26, option: monthlyReturnsOption(run), points: run.monthly_returns.length },
        { id: `yearly-${id}`, kind: 'yearly_returns', title: `${run.label}: yearly returns`, run: run.id, width: 470, height: 280, option: yearlyReturnsOption(run), points: run.yearly_returns.length },
      );
    }
    if (run.return_histogram.counts.length > 0) {
      specs.push({ id: `distribution-${id}`, kind: 'return_distribution', title: `${run.label}: distribution of bar returns`, run: run.id, width: 470, height: 280, option: returnDistributionOption(run), points: run.return_histogram.counts.length });
    }
  }
  const optimization = document.optimization;
  if (optimization?.heatmap) {
    const cells = optimization.heatmap.values.flat().filter((value) => value !== null).length;
    specs.push({ id: 'parameter-heatmap', kind: 'parameter_heatmap', title: 'Parameter heatmap', width: WIDE, height: 420, option: parameterHeatmapOption(optimization.heatmap), points: cells });
  }
  if (optimization?.in_vs_out) {
    specs.push({ id: 'in-vs-out', kind: 'in_vs_out', title: 'In sample vs out of sample', width: WIDE, height: 320, option: inVersusOutOption(optimization.in_vs_out), points: optimization.in_vs_out.metrics.length * 2 });
  }
  if (optimization?.walk_forward) {
    const walk = optimization.walk_forward;
    specs.push({ id: 'walk-forward', kind: 'walk_forward', title: 'Walk-forward folds', width: WIDE, height: 320, option: walkForwardOption(walk), points: walk.folds.length * 2 });
    if (walk.equity) specs.push({ id: 'walk-forward-equity', kind: 'walk_forward_equity', title: 'Walk-forward equity', width: WIDE, height: 320, option: walkForwardEquityOption(walk.equity), points: walk.equity.t.length });
  }
  if (portfolio) {
    specs.push({ id: 'portfolio-weights', kind: 'portfolio_weights', title: 'Portfolio weights', width: WIDE, height: 320, option: portfolioWeightsOption(portfolio.weights), points: portfolio.weights.t.length * portfolio.weights.series.length });
  }
  if (portfolio && portfolio.correlation.symbols.length > 1) {
    const size = portfolio.correlation.symbols.length;
    specs.push({ id: 'correlation', kind: 'correlation', title: 'Correlation matrix', width: Math.min(WIDE, 200 + size * 70), height: 160 + size * 50, option: correlationOption(portfolio.correlation), points: size * size });
  }
  return specs;
}
