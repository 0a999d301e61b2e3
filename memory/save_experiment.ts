import { withDatabaseErrors } from './database_errors.js';
import type { z } from 'zod';
import { ExperimentInputSchema, type ExperimentInput, type StoredResult } from './experiment_schemas.js';
import type { ExperimentStore } from './experiment_store.js';
import { parseInput } from './parse_input.js';
import { experiment_reports, experiment_results, experiments } from './schema.js';

export type ParsedExperimentInput = z.output<typeof ExperimentInputSchema>;

/** SQLite binds at most 32,766 values per statement; 21 columns × 500 rows stays well under. */
const RESULT_ROWS_PER_INSERT = 500;

export function resultRow(experimentId: number, timestamp: number, result: StoredResult): typeof experiment_results.$inferInsert {
  return {
    experiment_id: experimentId, timestamp, rank: result.rank, symbol: result.symbol, strategy: result.strategy, baseline: result.baseline,
    params: result.params, start: result.range.start, end: result.range.end, ...result.metrics,
  };
}

/** Each strategy's parameters as it ran, defaults filled in, in request order (params do not vary by symbol). */
export function parametersByStrategy(strategies: readonly string[], results: readonly StoredResult[]): Record<string, Record<string, number>> {
  return Object.fromEntries(strategies.map((name) => [name, results.find((result) => result.strategy === name)?.params ?? {}]));
}

/** The experiments row of a validated input: what both stores write. */
export function experimentRow(experiment: ParsedExperimentInput, timestamp: number): typeof experiments.$inferInsert {
  const strategies = experiment.request_spec.strategies.map((strategy) => strategy.name);
  return {
    timestamp,
    user_query: experiment.user_query,
    symbols: experiment.request_spec.symbols,
    strategies,
    parameters: parametersByStrategy(strategies, experiment.results),
    results: experiment.results,
    execution_time: experiment.execution_time,
    agent_trace: experiment.agent_trace,
    request_spec: experiment.request_spec,
    run_window: experiment.run_window,
    data_files: experiment.data_files,
    engine_settings: experiment.engine_settings,
    optimization: experiment.optimization,
    portfolio: experiment.portfolio,
    app_version: experiment.app_version,
    session_id: experiment.session_id,
    rerun_of: experiment.rerun_of,
  };
}

/**
 * Saves one run and its per-result rows in ONE immediate transaction: a reader or a crash sees the
 * whole experiment or none of it, and two processes saving at once queue on the write lock.
 */
export function saveExperiment(store: ExperimentStore, input: ExperimentInput): { id: number; timestamp: string } {
  const experiment = parseInput(ExperimentInputSchema, input, 'experiment');
  const timestamp = experiment.timestamp ?? Date.now();
  const id = withDatabaseErrors(store.path, () => store.db.transaction((tx) => {
    const { id: experimentId } = tx.insert(experiments).values(experimentRow(experiment, timestamp)).returning({ id: experiments.id }).get();
    for (let first = 0; first < experiment.results.length; first += RESULT_ROWS_PER_INSERT) {
      const chunk = experiment.results.slice(first, first + RESULT_ROWS_PER_INSERT);
      tx.insert(experiment_results).values(chunk.map((result) => resultRow(experimentId, timestamp, result))).run();
    }
    if (experiment.report) tx.insert(experiment_reports).values({ experiment_id: experimentId, document: experiment.report }).run();
    return experimentId;
  }, { behavior: 'immediate' }));
  return { id, timestamp: new Date(timestamp).toISOString() };
}
