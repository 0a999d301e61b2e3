/**
 * Report inputs for runs made without the agents (`btp backtest`, `btp optimize`): the same shape
 * the ReportAgent reads from session state, assembled from the run's own results.
 */
import type { BacktestResult } from '../backtest/backtest_result.js';
import { builtBarsNotes } from '../data/build_bars.js';
import type { OhlcvSeries } from '../data/types.js';
import type { MarketDataSummary } from '../data/market_data_summary.js';
import type { OptimizationState } from '../optimization/optimization_state.js';
import type { OptimizationRun } from '../optimization/optimize_strategy.js';
import type { RequestSpec } from '../request/request_spec.js';
import type { PortfolioRunState } from '../portfolio/portfolio_from_spec.js';
import { analyzePortfolioRisk } from '../risk/portfolio_risk.js';
import { analyzeResults } from '../risk/risk_analysis.js';
import type { MetricKey } from '../risk/types.js';
import type { ReportInput } from './report_input.js';

/** The data a result ran on: the file, its hash, where it came from and the bars used. */
export function usedData(results: readonly BacktestResult[]): MarketDataSummary[] {
  const seen = new Map<string, MarketDataSummary>();
  for (const result of results) {
    if (seen.has(result.symbol)) continue;
    seen.set(result.symbol, {
      symbol: result.symbol, ...result.data,
      first: result.range.start, last: result.range.end, bars: result.range.bars, data_ok: true, data_notes: builtBarsNotes(result.data),
    });
  }
  return [...seen.values()];
}

function engineOf(result: BacktestResult | undefined, riskFreeRate: number): Record<string, number | string | boolean> | undefined {
  return result ? { ...result.settings, risk_free_rate: riskFreeRate } : undefined;
}

export interface DirectRunFacts {
  request: string;
  riskFreeRate: number;
  prices?: ReadonlyMap<string, OhlcvSeries>;
  experimentId?: number;
}

/** `btp backtest`: every result, ranked as the command ranked them. */
export function backtestReportInput(run: { results: BacktestResult[]; rank_by: MetricKey; notes: string[] }, facts: DirectRunFacts): ReportInput {
  const first = run.results[0];
  const strategies = [...new Map(run.results.map((result) => [result.strategy, result])).values()];
  const spec: RequestSpec = {
    symbols: [...new Set(run.results.map((result) => result.symbol))],
    strategies: strategies.map((result) => ({ name: result.strategy, params: result.params })),
    targets: {}, optimization_required: false, portfolio: null,
    fees_bps: first?.settings.fees_bps ?? 0, initial_capital: first?.settings.initial_capital ?? 0, rank_by: run.rank_by,
  };
  const ranking = analyzeResults(run.results, spec, run.rank_by);
  return {
    spec, validationNotes: [], marketData: usedData(run.results), ranking: { ...ranking, notes: [...ranking.notes, ...run.notes] }, optimization: null,
    results: run.results, prices: facts.prices, engine: engineOf(first, facts.riskFreeRate), request: facts.request, experimentId: facts.experimentId,
  };
}

/**
 * `btp optimize`: the chosen parameters in sample (the experiment's result) and held out, the
 * search's heatmap, the walk-forward, and the search in the agents' optimisation shape so the text
 * section reads the same.
 */
export function optimizationReportInput(run: OptimizationRun, rankBy: MetricKey, facts: DirectRunFacts): ReportInput {
  const { report, selection } = run;
  const inSample = selection.in_sample;
  const spec: RequestSpec = {
    symbols: [report.symbol], strategies: [{ name: report.strategy, params: report.best.params }],
    date_range: { start: report.in_sample_range.start, end: report.out_of_sample_range.end },
    targets: Object.fromEntries(report.target_checks.map((check) => [check.metric, { operator: check.operator, value: check.target }])),
    optimization_required: true, portfolio: null,
    fees_bps: inSample.settings.fees_bps, initial_capital: inSample.settings.initial_capital, rank_by: rankBy,
  };
  const ranking = analyzeResults([inSample], spec, rankBy);
  const optimization: OptimizationState = {
    status: report.targets_met === true ? 'targets_met' : 'best_attempt',
    iteration: report.iterations.length, max_iterations: report.iterations.length,
    methods: report.iterations.map((iteration) => iteration.method), trials: report.trials, combos: [], objective: report.objective,
    best: {
      symbol: report.symbol, strategy: report.strategy, params: report.best.params, score: 0, metrics: report.best.in_sample,
      targets: report.target_checks.length > 0 ? { all_met: report.targets_met === true, checks: report.target_checks, score: 0 } : null,
      in_sample_range: report.in_sample_range, out_of_sample_range: report.out_of_sample_range,
      assessment: {
        out_of_sample: report.best.out_of_sample, out_of_sample_targets_met: report.out_of_sample_targets_met,
        deflated_sharpe_ratio: report.deflated_sharpe_ratio, overfitting_warning: report.overfitting_warning,
      },
    },
  };
  return {
    spec, validationNotes: [], marketData: usedData([inSample]), ranking, optimization,
    results: [inSample], prices: facts.prices, search: report, engine: engineOf(inSample, facts.riskFreeRate),
    request: facts.request, experimentId: facts.experimentId,
  };
}

/**
 * `btp portfolio` with report files: the portfolio beside each symbol's own runs (held alone, and
 * with its strategy), as the agents' report shows a portfolio request.
 */
export function portfolioReportInput(run: { results: BacktestResult[]; rank_by: MetricKey; notes: string[] }, portfolio: PortfolioRunState, facts: DirectRunFacts): ReportInput {
  const input = backtestReportInput(run, facts);
  const spec: RequestSpec = {
    ...input.spec,
    symbols: Object.keys(portfolio.result.portfolio.weights),
    portfolio: { weights: portfolio.result.portfolio.weights, rebalance: portfolio.result.portfolio.rebalance },
  };
  return {
    ...input, spec, portfolio,
    ranking: { ...input.ranking, portfolio: analyzePortfolioRisk(portfolio, run.results, spec, run.rank_by) },
    engine: { ...portfolio.result.portfolio.settings, risk_free_rate: facts.riskFreeRate },
  };
}
