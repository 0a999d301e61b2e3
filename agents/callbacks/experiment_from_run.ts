import { dataRefOf } from '../../tools/data/data_ref.js';
import type { AgentTraceEntry, ExperimentInput } from '../../memory/experiment_schemas.js';
import { toStoredResult } from '../../memory/stored_result.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import type { WeightSearchState } from '../../tools/portfolio/optimize/weight_target_search.js';
import { summarizePortfolioRun } from '../../tools/portfolio/portfolio_summary.js';
import { STATE, type SessionState } from '../tools/session_state.js';
import { readState } from '../tools/state_key.js';

export interface RunFacts {
  agentTrace: AgentTraceEntry[];
  /** Milliseconds from the user's message to the end of the pipeline. */
  executionTime: number;
  riskFreeRate: number;
  appVersion: string;
  sessionId: string;
  /** The user's message of this turn, when the request history does not hold it. */
  userText: string;
}

/**
 * What the store keeps of the optimisation: its outcome and best candidate, and for each strategy ×
 * symbol searched its in-sample and held-out windows, how the pick held up, and every trial's
 * parameters and score (`trial_log`).
 */
function optimizationOutcome(state: OptimizationState | null | undefined, weightSearch: WeightSearchState | null | undefined): Record<string, unknown> | null {
  if (!state || state.status === 'not_requested') return null;
  // The portfolio's weight search, when there was one, is kept whole (a few numbers per iteration).
  const weights = weightSearch ? { weight_search: weightSearch } : {};
  const { status, iteration, max_iterations, methods, trials, objective, best } = state;
  return {
    status, iteration, max_iterations, methods, trials, objective, best, ...weights,
    searches: state.combos.map(({ symbol, strategy, in_sample_range, out_of_sample_range, assessment, trial_log }) => ({
      symbol, strategy, in_sample_range, out_of_sample_range, assessment, trial_log,
    })),
  };
}

/**
 * The experiment one pipeline run makes, read from the session state the pipeline wrote; undefined
 * when the run produced no results (the request failed validation, so nothing ran).
 */
export function experimentFromRun(state: SessionState, facts: RunFacts): ExperimentInput | undefined {
  const spec = readState(state, STATE.spec);
  const validation = readState(state, STATE.validation);
  const results = readState(state, STATE.backtestResults) ?? [];
  if (!spec || !validation?.ok || results.length === 0) return undefined;
  const baselines = new Set(spec.strategies.filter((strategy) => strategy.baseline).map((strategy) => strategy.name));
  const marketData = readState(state, STATE.marketData) ?? [];
  const history = readState(state, STATE.requestHistory) ?? [];
  const portfolio = readState(state, STATE.portfolio);
  return {
    user_query: history.at(-1) ?? facts.userText,
    request_spec: spec,
    run_window: validation.run_window,
    results: results.map((result, index) => toStoredResult(result, index + 1, baselines.has(result.strategy))),
    data_files: marketData.map((data) => ({ symbol: data.symbol, ...dataRefOf(data) })),
    engine_settings: { ...results[0]!.settings, risk_free_rate: facts.riskFreeRate },
    execution_time: facts.executionTime,
    agent_trace: facts.agentTrace,
    optimization: optimizationOutcome(readState(state, STATE.optimization), readState(state, STATE.weightSearch)),
    portfolio: portfolio ? summarizePortfolioRun(portfolio) : null,
    // The report as built, so `btp report <id>` redraws it from the store without a re-run.
    report: (readState(state, STATE.reportDocument) ?? null) as ExperimentInput['report'],
    app_version: facts.appVersion,
    session_id: facts.sessionId,
  };
}
