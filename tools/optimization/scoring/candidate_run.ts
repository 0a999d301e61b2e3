import type { DateWindow } from '../../dates/date_window.js';
import { runValidatedBacktest, type BacktestOptions } from '../../backtest/run_backtest.js';
import type { OhlcvSeries } from '../../data/types.js';
import { isBacktestPilotError } from '../../errors.js';
import type { PerformanceMetrics } from '../../risk/types.js';
import { SimulationWorkspace } from '../../strategy/engine/simulation_workspace.js';
import type { EngineSettings } from '../../strategy/engine/types.js';
import { getStrategy } from '../../strategy/registry.js';
import type { IndicatorCache, StrategyParams } from '../../strategy/types.js';

/** What every candidate of a search shares: one strategy on one series over one window. */
export interface CandidateRunSettings {
  strategy: string;
  range?: DateWindow;
  settings: EngineSettings;
  riskFreeRate?: number;
}

/** The metrics of one candidate; `null` when the strategy rejects the parameters. */
export type RunCandidate = (params: StrategyParams) => PerformanceMetrics | null;

/**
 * Runs candidates of one strategy on one series with the same core as `btp backtest` (so the
 * numbers are the ones a backtest of those parameters prints), reusing across candidates the
 * indicator cache, the target and output buffers and the options object, of which a candidate
 * keeps nothing but its metrics.
 */
export function createCandidateRunner(series: OhlcvSeries, run: CandidateRunSettings, indicators: IndicatorCache): RunCandidate {
  const schema = getStrategy(run.strategy).paramsSchema;
  const options: BacktestOptions = {
    strategy: run.strategy, range: run.range, settings: run.settings, riskFreeRate: run.riskFreeRate,
    indicators, workspace: new SimulationWorkspace(),
  };
  return (params) => {
    // The schema's verdict, without the message for users that resolveStrategyParams builds on a
    // rejection and that costs far more than a backtest (a grid search's short ≥ long points).
    const parsed = schema.safeParse(params);
    if (!parsed.success) return null;
    try {
      return runValidatedBacktest(series, options, parsed.data).metrics;
    } catch (error) {
      if (isBacktestPilotError(error) && error.code === 'bad_parameters') return null;
      throw error;
    }
  };
}
