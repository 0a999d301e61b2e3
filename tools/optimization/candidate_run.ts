import type { DateRange } from '../backtest/date_range.js';
import { runBacktestCore } from '../backtest/run_backtest.js';
import type { OhlcvSeries } from '../data/types.js';
import { isBacktestPilotError } from '../errors.js';
import type { PerformanceMetrics } from '../risk/types.js';
import type { SimulationWorkspace } from '../strategy/engine/simulation_workspace.js';
import type { EngineSettings } from '../strategy/engine/types.js';
import type { IndicatorCache, StrategyParams } from '../strategy/types.js';

/** What every candidate of a search shares: one strategy on one series over one window. */
export interface CandidateRunSettings {
  strategy: string;
  range?: DateRange;
  settings: EngineSettings;
  riskFreeRate?: number;
}

/**
 * The metrics of one candidate, computed by the same core as `btp backtest` (so the numbers are the
 * ones a backtest of those parameters prints), with the indicator cache and output buffers the
 * caller reuses across candidates. `null` when the strategy rejects the parameters.
 */
export function runCandidate(
  series: OhlcvSeries, run: CandidateRunSettings, params: StrategyParams, indicators: IndicatorCache, workspace: SimulationWorkspace,
): { params: StrategyParams; metrics: PerformanceMetrics } | null {
  try {
    const core = runBacktestCore(series, { ...run, params, indicators, workspace });
    return { params: core.params, metrics: core.metrics };
  } catch (error) {
    if (isBacktestPilotError(error) && error.code === 'bad_parameters') return null;
    throw error;
  }
}
