import { BacktestPilotError } from '../../errors.js';
import { formatBarTime } from '../../data/timestamps.js';
import type { OhlcvSeries } from '../../data/types.js';
import { seededRandom } from '../../optimization/search/seeded_random.js';
import { evaluateTargets, type TargetEvaluation, type Targets } from '../../optimization/objective/targets.js';
import type { PerformanceMetrics } from '../../risk/types.js';
import type { EngineSettings } from '../../strategy/engine/types.js';
import type { RebalanceSchedule } from '../calendar_periods.js';
import { calendarReturns } from '../correlation.js';
import { portfolioPeriodsPerYear, portfolioWindow, runPortfolioCore, type StrategyChoice } from '../run_portfolio.js';
import { MeanVarianceProblem, optimizeWeights, type PortfolioObjective } from './optimize_weights.js';
import { returnStatistics } from './return_statistics.js';
import { resolveWeightBounds } from './weight_bounds.js';

type Range = { start: string; end: string; bars: number };

/** Weight sets tried per local-search iteration. */
const LOCAL_CANDIDATES = 32;
/** Efficient-frontier points tried in the second iteration. */
const FRONTIER_CANDIDATES = 30;
/** Share of the window held out at its end, as every optimisation here. */
const HOLDOUT = 0.3;
const MIN_IN_SAMPLE_BARS = 30;
const OBJECTIVE_CANDIDATES: readonly PortfolioObjective[] = ['equal_weight', 'min_variance', 'max_sharpe', 'risk_parity'];

/** Where the search toward the targets stands between iterations: plain JSON, kept in session state. */
export interface WeightSearchState {
  status: 'running' | 'targets_met' | 'best_attempt';
  iteration: number;
  /** Weight sets backtested so far. */
  trials: number;
  in_sample_range: Range;
  out_of_sample_range: Range | null;
  /** The best weights by the target score (the worst normalised margin) on the in-sample part. */
  best: { weights: Record<string, number>; found_by: string; metrics: PerformanceMetrics; targets: TargetEvaluation } | null;
  /** The best weights on the held-out part, once the search has ended. */
  out_of_sample: { metrics: PerformanceMetrics; targets_met: boolean } | null;
}

export interface WeightSearchOptions {
  targets: Targets;
  rebalance: RebalanceSchedule;
  strategies: readonly StrategyChoice[];
  range?: { start?: string; end?: string };
  settings: EngineSettings;
  riskFreeRate: number;
  /** The weights the user asked for: the first candidate. */
  startWeights: Float64Array;
  maxWeight?: number;
  maxIterations: number;
}

/** A random point of the simplex (Dirichlet(1)) pushed under the caps, the excess spread over the rest. */
function randomFeasible(random: () => number, upper: Float64Array): Float64Array {
  const point = Float64Array.from(upper, () => -Math.log(1 - random()));
  const total = point.reduce((sum, value) => sum + value, 0);
  for (let i = 0; i < point.length; i++) point[i] = point[i]! / total;
  for (let round = 0; round < point.length; round++) {
    let excess = 0;
    let roomLeft = 0;
    for (let i = 0; i < point.length; i++) {
      if (point[i]! > upper[i]!) { excess += point[i]! - upper[i]!; point[i] = upper[i]!; } else roomLeft += upper[i]! - point[i]!;
    }
    if (excess <= 0 || roomLeft <= 0) break;
    for (let i = 0; i < point.length; i++) if (point[i]! < upper[i]!) point[i] = point[i]! + (excess * (upper[i]! - point[i]!)) / roomLeft;
  }
  return point;
}

/**
 * The candidates of one iteration: (1) the user's weights, equal weight and the minimum-variance,
 * maximum-Sharpe and risk-parity optima of the in-sample returns; (2) the in-sample efficient
 * frontier; (3+) mixes of the best so far with random feasible points, closer each iteration.
 */
function candidatesFor(iteration: number, problem: MeanVarianceProblem, options: WeightSearchOptions, symbols: readonly string[], riskFreePerBar: number,
  best: Float64Array | null, upper: Float64Array): Array<{ weights: Float64Array; found_by: string }> {
  if (iteration === 1) {
    const optima = OBJECTIVE_CANDIDATES.flatMap((objective) => {
      try {
        return [{ weights: optimizeWeights(problem, objective, { riskFreePerBar }, symbols), found_by: objective }];
      } catch (error) {
        // An objective the bounds make infeasible (risk parity under a tight cap) is no candidate.
        if (error instanceof BacktestPilotError && error.code === 'infeasible_portfolio') return [];
        throw error;
      }
    });
    return [{ weights: options.startWeights, found_by: 'as_given' }, ...optima];
  }
  if (iteration === 2) return problem.frontier(FRONTIER_CANDIDATES).map((point) => ({ weights: point.weights, found_by: 'efficient_frontier' }));
  const random = seededRandom(0x5eed + iteration);
  const step = 0.5 / 2 ** (iteration - 3);
  return Array.from({ length: LOCAL_CANDIDATES }, () => {
    const direction = randomFeasible(random, upper);
    const weights = best ? best.map((weight, i) => (1 - step) * weight + step * direction[i]!) : direction;
    return { weights, found_by: 'local_search' };
  });
}

/**
 * One iteration of the search for portfolio weights that meet the targets, scored on the first 70 %
 * of the window by exact portfolio backtests (the engine, not a return estimate). It ends when
 * every target holds in sample or at the iteration limit; the best weights are then run on the
 * held-out 30 %, which no choice saw.
 */
export function stepWeightSearch(seriesList: readonly OhlcvSeries[], options: WeightSearchOptions, previous: WeightSearchState | null): { state: WeightSearchState; finished: boolean } {
  const symbols = seriesList.map((series) => series.symbol);
  const window = portfolioWindow(seriesList, options.range);
  const { calendar, startBar, endBar } = window;
  const bars = endBar - startBar + 1;
  const inSampleBars = Math.floor(bars * (1 - HOLDOUT));
  if (inSampleBars < MIN_IN_SAMPLE_BARS || bars - inSampleBars < 2) {
    throw new BacktestPilotError('insufficient_history', `the range has ${bars} shared bars; searching weights toward the targets needs at least ${MIN_IN_SAMPLE_BARS} in-sample bars and 2 held-out ones — widen the range`, { bars });
  }
  const inSampleEnd = startBar + inSampleBars - 1;
  const ppy = portfolioPeriodsPerYear(seriesList);
  const riskFreePerBar = options.riskFreeRate / ppy;
  const problem = new MeanVarianceProblem(
    returnStatistics(calendarReturns(seriesList.map((series) => series.close), calendar.indices, startBar, inSampleEnd)),
    resolveWeightBounds(symbols, { maxWeight: options.maxWeight }),
  );
  const runOn = (weights: Float64Array, from: number, to: number) => runPortfolioCore(seriesList, {
    weights, rebalance: options.rebalance, strategies: options.strategies, settings: options.settings, riskFreeRate: options.riskFreeRate,
  }, { ...window, startBar: from, endBar: to, clipped: false }).metrics;
  const iteration = (previous?.iteration ?? 0) + 1;
  const bySymbol = (weights: Float64Array) => Object.fromEntries(symbols.map((symbol, i) => [symbol, weights[i]!]));
  let best = previous?.best ?? null;
  const bestWeights = best ? Float64Array.from(symbols, (symbol) => best!.weights[symbol] ?? 0) : null;
  const candidates = candidatesFor(iteration, problem, options, symbols, riskFreePerBar, bestWeights, problem.bounds.upper);
  for (const candidate of candidates) {
    const weights = candidate.weights.map((weight) => Math.max(0, weight));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    // Rounding dust above 100 % would fail the engine's check.
    if (total > 1) for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / total;
    const metrics = runOn(weights, startBar, inSampleEnd);
    const targets = evaluateTargets(metrics, options.targets);
    if (!best || targets.score > best.targets.score) best = { weights: bySymbol(weights), found_by: candidate.found_by, metrics, targets };
  }
  const met = best?.targets.all_met === true;
  const finished = met || iteration >= options.maxIterations;
  const timeOf = (bar: number) => formatBarTime(calendar.time[bar]!, seriesList[0]!.intervalMs);
  let outOfSample: WeightSearchState['out_of_sample'] = null;
  if (finished && best) {
    const metrics = runOn(Float64Array.from(symbols, (symbol) => best!.weights[symbol]!), inSampleEnd + 1, endBar);
    outOfSample = { metrics, targets_met: evaluateTargets(metrics, options.targets).all_met };
  }
  return {
    state: {
      status: met ? 'targets_met' : finished ? 'best_attempt' : 'running',
      iteration, trials: (previous?.trials ?? 0) + candidates.length,
      in_sample_range: { start: timeOf(startBar), end: timeOf(inSampleEnd), bars: inSampleBars },
      out_of_sample_range: { start: timeOf(inSampleEnd + 1), end: timeOf(endBar), bars: endBar - inSampleEnd },
      best, out_of_sample: outOfSample,
    },
    finished,
  };
}
