import type { BacktestResult } from '../../backtest/backtest_result.js';
import { runBacktestCore, toBacktestResult, type BacktestOptions } from '../../backtest/run_backtest.js';
import type { OhlcvSeries } from '../../data/types.js';
import type { EngineSettings } from '../../strategy/engine/types.js';
import type { StrategyParams } from '../../strategy/types.js';
import { deflatedSharpeOfSelection } from '../statistics/deflated_sharpe.js';
import { describeOverfitting } from './overfitting_warning.js';
import { computeReturnMoments } from '../statistics/return_moments.js';
import type { SampleSplit } from './sample_split.js';

export interface SelectionInput {
  series: OhlcvSeries;
  strategy: string;
  params: StrategyParams;
  split: SampleSplit;
  settings: EngineSettings;
  riskFreeRate?: number;
  /** Every trial's annualised in-sample Sharpe ratio: the N and the spread the deflation prices in. */
  trialSharpeRatios: ReadonlyArray<number | null>;
}

export interface SelectionAssessment {
  /** The chosen parameters on each part, as `btp backtest` reports them for those dates. */
  in_sample: BacktestResult;
  out_of_sample: BacktestResult;
  /** Probability that the in-sample Sharpe ratio beats the best of the trials by luck alone; null when undefined. */
  deflated_sharpe_ratio: number | null;
  overfitting_warning: string | null;
}

/**
 * How the chosen parameters hold up: full backtests on the in-sample and held-out windows (the
 * same computation as `btp backtest --from --to`), the deflated Sharpe ratio of the in-sample pick
 * among all trials, and a warning when the held-out result collapses.
 */
export function assessSelection(input: SelectionInput): SelectionAssessment {
  const run = (range: SampleSplit['in_sample']) => {
    const options: BacktestOptions = { strategy: input.strategy, params: input.params, range, settings: input.settings, riskFreeRate: input.riskFreeRate };
    const core = runBacktestCore(input.series, options);
    return { core, result: toBacktestResult(input.series, options, core) };
  };
  const inSample = run(input.split.in_sample);
  const outOfSample = run(input.split.out_of_sample).result;
  return {
    in_sample: inSample.result,
    out_of_sample: outOfSample,
    deflated_sharpe_ratio: deflatedSharpeOfSelection({
      sharpeRatio: inSample.result.metrics.sharpe_ratio,
      trialSharpeRatios: input.trialSharpeRatios,
      periodsPerYear: inSample.core.periodsPerYear,
      moments: computeReturnMoments(inSample.core.simulation.equity, input.settings.initialCapital),
    }),
    overfitting_warning: describeOverfitting(inSample.result.metrics, outOfSample.metrics, input.split.out_of_sample),
  };
}
