import type { PerformanceMetrics } from '../../risk/types.js';
import type { SearchSpace, StrategyParams } from '../../strategy/types.js';
import { scoreCandidate, type ScoredCandidate } from '../objective/objective.js';
import type { EvaluateCandidates } from '../search/search_iteration.js';
import type { Targets } from '../objective/targets.js';

/** The sma_crossover space, with its rule short < long. */
export const SMA_SPACE: SearchSpace = { short: { min: 5, max: 100, step: 1 }, long: { min: 20, max: 300, step: 5 } };
export const shortBelowLong = (params: StrategyParams) => params.short! < params.long!;

export function metricsWithSharpe(sharpe: number): PerformanceMetrics {
  return {
    total_return: 0, cagr: 0, volatility: 0.2, sharpe_ratio: sharpe, sortino_ratio: null, max_drawdown: -0.1,
    calmar_ratio: null, win_rate: null, profit_factor: null, num_trades: 0, exposure: 0, final_equity: 10_000,
  };
}

/** A bowl with its top (Sharpe 2) at short = 23, long = 140: the optimum is known. */
export const bowl = (params: StrategyParams) => 2 - ((params.short! - 23) / 10) ** 2 - ((params.long! - 140) / 50) ** 2;

/**
 * Scores candidates with `sharpeOf` as their Sharpe ratio, counting the evaluations; like the real
 * evaluator it rejects (leaves out) candidates that break short < long.
 */
export function syntheticEvaluator(
  sharpeOf: (params: StrategyParams) => number, targets: Targets = {}, otherMetrics: (params: StrategyParams) => Partial<PerformanceMetrics> = () => ({}),
): EvaluateCandidates & { calls: number } {
  const evaluate = async (candidates: StrategyParams[]): Promise<ScoredCandidate[]> => {
    evaluate.calls += candidates.length;
    return candidates.filter((params) => params.short === undefined || params.long === undefined || shortBelowLong(params)).map((params) => {
      const metrics = { ...metricsWithSharpe(sharpeOf(params)), ...otherMetrics(params) };
      return { params, metrics, ...scoreCandidate(metrics, targets, 'sharpe_ratio') };
    });
  };
  evaluate.calls = 0;
  return evaluate;
}
