import { resolveEngineSettings } from '../backtest/engine_settings.js';
import { csvFolderSource, DEFAULT_INTERVAL, loadEach } from '../data/index.js';
import { MAX_TARGET_ITERATIONS } from '../optimization/search/target_search.js';
import type { RequestSpec } from '../request/request_spec.js';
import { stepWeightSearch, type WeightSearchState } from './optimize/weight_target_search.js';
import type { PortfolioOptimizationResult } from './optimize/optimize_portfolio.js';
import { backtestPortfolio, optimizePortfolioWeights, type PortfolioDataContext } from './portfolio_service.js';
import type { PortfolioResult } from './portfolio_result.js';

/** What the pipeline's portfolio step leaves in session state for risk, the report and the store. */
export interface PortfolioRunState {
  /** The weights the portfolio ran with: the spec's, or the optimiser's choice. */
  weights: Record<string, number>;
  /** The optimisation, when the spec asked for an objective (weights chosen on the first 70%). */
  optimization: PortfolioOptimizationResult | null;
  /** The portfolio backtest over the whole window with those weights. */
  result: PortfolioResult;
}

/**
 * The strategy every symbol of a spec's portfolio trades: the one strategy the user named, else
 * buy and hold (with several named, each symbol's single-asset runs compare them instead).
 */
export function portfolioStrategyOf(spec: RequestSpec): { name: string; params?: Record<string, number> } {
  const named = spec.strategies.filter((strategy) => !strategy.baseline);
  return named.length === 1 ? { name: named[0]!.name, ...(named[0]!.params ? { params: named[0]!.params } : {}) } : { name: 'buy_and_hold' };
}

/** Runs a validated spec's portfolio: optimises first when it names an objective, then backtests the weights. */
export async function runSpecPortfolio(spec: RequestSpec, window: { start?: string; end?: string }, context: PortfolioDataContext): Promise<PortfolioRunState | null> {
  const portfolio = spec.portfolio;
  if (!portfolio) return null;
  const strategy = portfolioStrategyOf(spec);
  const shared = {
    symbols: spec.symbols, rebalance: portfolio.rebalance ?? 'monthly', strategy, start: window.start, end: window.end, interval: spec.interval,
    fees_bps: spec.fees_bps, slippage_bps: spec.slippage_bps, initial_capital: spec.initial_capital,
  } as const;
  const optimization = portfolio.objective
    ? await optimizePortfolioWeights({ ...shared, objective: portfolio.objective, max_weight: portfolio.max_weight, max_volatility: portfolio.max_volatility }, context)
    : null;
  const weights = optimization ? optimization.weights : portfolio.weights;
  const result = await backtestPortfolio({ ...shared, weights: spec.symbols.map((symbol) => clampOptimizedWeight(weights[symbol] ?? 0)) }, context);
  return { weights, optimization, result };
}

/** A portfolio with targets and no objective: the optimisation loop searches its weights toward the targets. */
export function wantsWeightSearch(spec: RequestSpec): boolean {
  return spec.portfolio !== null && !spec.portfolio.objective && Object.keys(spec.targets).length > 0;
}

/** One iteration of the weight search of a spec's portfolio (see stepWeightSearch), on the validated window. */
export async function stepSpecWeightSearch(
  spec: RequestSpec, window: { start?: string; end?: string }, context: PortfolioDataContext, previous: WeightSearchState | null,
): Promise<{ state: WeightSearchState; finished: boolean }> {
  const portfolio = spec.portfolio!;
  const seriesList = await loadEach(csvFolderSource(context), spec.symbols, spec.interval ?? DEFAULT_INTERVAL, window);
  const strategy = portfolioStrategyOf(spec);
  return stepWeightSearch(seriesList, {
    targets: spec.targets, rebalance: portfolio.rebalance ?? 'monthly', strategies: seriesList.map(() => strategy), range: window,
    settings: resolveEngineSettings({ fees_bps: spec.fees_bps, slippage_bps: spec.slippage_bps, initial_capital: spec.initial_capital }),
    riskFreeRate: context.riskFreeRate ?? 0,
    startWeights: Float64Array.from(seriesList, (series) => clampOptimizedWeight(portfolio.weights[series.symbol] ?? 0)),
    maxWeight: portfolio.max_weight, maxIterations: MAX_TARGET_ITERATIONS,
  }, previous);
}

/** Optimised weights carry rounding dust (−1e-17, or a sum of 1 + 1e-16) the engine's checks need not see. */
export function clampOptimizedWeight(weight: number): number {
  return Math.max(0, Math.min(1, weight));
}
