import { BacktestPilotError } from '../../errors.js';
import { formatBarTime } from '../../data/timestamps.js';
import type { OhlcvSeries } from '../../data/types.js';
import type { PerformanceMetrics } from '../../risk/types.js';
import type { EngineSettings } from '../../strategy/engine/types.js';
import type { RebalanceSchedule } from '../calendar_periods.js';
import { calendarReturns, correlationMatrix } from '../correlation.js';
import { portfolioPeriodsPerYear, portfolioWindow, runPortfolioCore, type StrategyChoice } from '../run_portfolio.js';
import { MeanVarianceProblem, optimizeWeights, type PortfolioObjective } from './optimize_weights.js';
import { portfolioMean, portfolioVariance, returnStatistics, riskContributions } from './return_statistics.js';
import { resolveWeightBounds } from './weight_bounds.js';

export interface PortfolioOptimizationOptions {
  objective: PortfolioObjective;
  maxWeight?: number;
  bounds?: Record<string, readonly [number, number]>;
  /** Annualised volatility cap for max_return, e.g. 0.6. */
  maxVolatility?: number;
  /** Share of the range held out at its end, 0 ≤ holdout < 1 (default 0.3). */
  holdout: number;
  range?: { start?: string; end?: string };
  rebalance: RebalanceSchedule;
  strategies: readonly StrategyChoice[];
  settings: EngineSettings;
  /** Annual rate, e.g. 0.04. */
  riskFreeRate: number;
  /** Points on the efficient frontier (default 30). */
  frontierPoints?: number;
}

export interface PortfolioOptimizationResult {
  objective: PortfolioObjective;
  weights: Record<string, number>;
  /** The chosen weights' annualised mean, volatility and Sharpe on the in-sample returns the optimiser saw. */
  expected: { return: number; volatility: number; sharpe_ratio: number | null; risk_contributions: Record<string, number> };
  in_sample: PerformanceMetrics;
  out_of_sample: PerformanceMetrics | null;
  in_sample_range: { start: string; end: string; bars: number };
  out_of_sample_range: { start: string; end: string; bars: number } | null;
  rebalance: RebalanceSchedule;
  constraints: { max_weight: number | null; bounds: Record<string, readonly [number, number]>; max_volatility: number | null };
  frontier: Array<{ volatility: number; return: number; sharpe_ratio: number | null; weights: Record<string, number> }>;
  /** Pearson correlation of the in-sample returns. */
  correlation: { symbols: string[]; matrix: Array<Array<number | null>> };
  periods_per_year: number;
  notes: string[];
}

/** Fewest in-sample returns for a covariance of n symbols worth optimising on. */
const MIN_IN_SAMPLE_BARS = 30;

/**
 * Chooses weights on the first (1 − holdout) of the portfolio calendar's bars in range and reports
 * how those weights did there and on the held-out rest, plus the in-sample efficient frontier.
 * Inputs are the simple close-to-close returns on the portfolio calendar; covariance ddof 1.
 */
export function optimizePortfolio(seriesList: readonly OhlcvSeries[], options: PortfolioOptimizationOptions): PortfolioOptimizationResult {
  if (!(options.holdout >= 0 && options.holdout < 1)) {
    throw new BacktestPilotError('bad_parameters', `holdout is ${options.holdout}; give the held-out share as a fraction from 0 (none) up to but not including 1, e.g. 0.3`, { holdout: options.holdout });
  }
  const symbols = seriesList.map((series) => series.symbol);
  const window = portfolioWindow(seriesList, options.range);
  const { calendar, startBar, endBar } = window;
  const bars = endBar - startBar + 1;
  const inSampleBars = options.holdout === 0 ? bars : Math.floor(bars * (1 - options.holdout));
  if (inSampleBars < MIN_IN_SAMPLE_BARS || (options.holdout > 0 && bars - inSampleBars < 2)) {
    throw new BacktestPilotError('insufficient_history', `the range has ${bars} shared bars; optimising needs at least ${MIN_IN_SAMPLE_BARS} in-sample bars and 2 held-out ones — widen the range or lower the holdout`, {
      bars, in_sample_bars: inSampleBars,
    });
  }
  const inSampleEnd = startBar + inSampleBars - 1;
  const ppy = portfolioPeriodsPerYear(seriesList);
  const returns = calendarReturns(seriesList.map((series) => series.close), calendar.indices, startBar, inSampleEnd);
  const stats = returnStatistics(returns);
  const bounds = resolveWeightBounds(symbols, { maxWeight: options.maxWeight, bounds: options.bounds });
  const problem = new MeanVarianceProblem(stats, bounds);
  const riskFreePerBar = options.riskFreeRate / ppy;
  const weights = optimizeWeights(problem, options.objective, {
    riskFreePerBar, maxVolatilityPerBar: options.maxVolatility === undefined ? undefined : options.maxVolatility / Math.sqrt(ppy),
  }, symbols);
  // Rounding aside, Σw = 1 exactly: the run's cash share is zero.
  const bySymbol = (values: ArrayLike<number>) => Object.fromEntries(symbols.map((symbol, at) => [symbol, values[at]!]));
  const intervalMs = seriesList[0]!.intervalMs;
  const timeOf = (bar: number) => formatBarTime(calendar.time[bar]!, intervalMs);
  const runOn = (from: number, to: number) => runPortfolioCore(seriesList, {
    weights: clampToSum(weights), rebalance: options.rebalance, strategies: options.strategies, settings: options.settings, riskFreeRate: options.riskFreeRate,
  }, { ...window, startBar: from, endBar: to, clipped: false });
  const inSample = runOn(startBar, inSampleEnd);
  const outOfSample = inSampleEnd < endBar ? runOn(inSampleEnd + 1, endBar) : null;
  const annualise = (weightsOf: Float64Array) => {
    const mean = portfolioMean(stats.mean, weightsOf);
    const volatility = Math.sqrt(Math.max(0, portfolioVariance(stats.covariance, weightsOf)));
    return {
      return: mean * ppy,
      volatility: volatility * Math.sqrt(ppy),
      sharpe_ratio: volatility > 0 ? ((mean - riskFreePerBar) / volatility) * Math.sqrt(ppy) : null,
    };
  };
  const notes: string[] = [];
  if (options.objective === 'max_return' && options.maxVolatility === undefined) {
    notes.push('max_return without max_volatility puts everything in the highest-mean symbols allowed; give a volatility cap to trade return for risk');
  }
  if (options.holdout === 0) notes.push('no holdout: the metrics are all in-sample, where optimised weights always look their best');
  return {
    objective: options.objective,
    weights: bySymbol(weights),
    expected: { ...annualise(weights), risk_contributions: bySymbol(riskContributions(stats.covariance, weights)) },
    in_sample: inSample.metrics,
    out_of_sample: outOfSample?.metrics ?? null,
    in_sample_range: { start: timeOf(startBar), end: timeOf(inSampleEnd), bars: inSampleBars },
    out_of_sample_range: outOfSample ? { start: timeOf(inSampleEnd + 1), end: timeOf(endBar), bars: endBar - inSampleEnd } : null,
    rebalance: options.rebalance,
    constraints: { max_weight: options.maxWeight ?? null, bounds: options.bounds ?? {}, max_volatility: options.maxVolatility ?? null },
    frontier: problem.frontier(options.frontierPoints ?? 30).map((point) => ({ ...annualise(point.weights), weights: bySymbol(point.weights) })),
    correlation: { symbols, matrix: correlationMatrix(returns) },
    periods_per_year: ppy,
    notes,
  };
}

/** The weights with their rounding dust removed, so the sum is at most 1 for the engine's check. */
function clampToSum(weights: Float64Array): Float64Array {
  const clean = weights.map((weight) => Math.max(0, weight));
  const total = clean.reduce((sum, weight) => sum + weight, 0);
  return total > 1 ? clean.map((weight) => weight / total) : clean;
}
