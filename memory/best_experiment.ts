import { and, asc, desc, eq, gte, isNotNull, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { metricDirection } from '../tools/risk/metric_direction.js';
import type { MetricKey } from '../tools/risk/types.js';
import { withDatabaseErrors } from './database_errors.js';
import { BestQuerySchema, type BestQuery } from './experiment_schemas.js';
import type { ExperimentStore } from './experiment_store.js';
import { parseInput } from './parse_input.js';
import { METRIC_COLUMNS, summarizeResultRow, type ResultSummary } from './result_columns.js';
import { experiment_results, experiments, RANKING_METRIC_INDEX_NAMES } from './schema.js';
import { daysAgoMs } from './time_window.js';

export interface BestExperiment {
  metric: MetricKey;
  value: number;
  experiment: { id: number; timestamp: string; user_query: string };
  result: ResultSummary;
}

/** Metrics with (metric) and (symbol, metric) indexes in schema.ts. */
const INDEXED_METRICS: ReadonlySet<string> = new Set(Object.keys(RANKING_METRIC_INDEX_NAMES));

/**
 * How many of the best rows by the index the first pass looks at. If any of them is in the window,
 * the first one in order is the best in the window; otherwise the second pass decides.
 */
const FIRST_PASS_ROWS = 1_000;

const order = (metric: MetricKey, column: SQLiteColumn) => (metricDirection(metric) === 'desc' ? desc(column) : asc(column));

/** Conditions no metric index covers: the strategy, baselines and the time window, on the table or the first pass. */
function windowConditions(
  columns: { strategy: SQLiteColumn; baseline: SQLiteColumn; timestamp: SQLiteColumn }, strategy: string | undefined, baselines: boolean, since: number | undefined,
): SQL[] {
  const conditions: SQL[] = [];
  if (strategy !== undefined) conditions.push(eq(columns.strategy, strategy));
  else if (!baselines) conditions.push(eq(columns.baseline, false));
  if (since !== undefined) conditions.push(gte(columns.timestamp, since));
  return conditions;
}

/**
 * The best single result by `metric` among the saved ones, for a symbol, strategy and the last N
 * days when given; null when nothing matches. Results whose metric is undefined (null) never win.
 *
 * Fast at any size through the indexes: with only a symbol (or nothing) the (symbol, metric) index
 * is walked from the top and the first row is the answer. A time window or a strategy cannot be in
 * that index, so the first pass walks the top rows of the index and keeps the first in the window;
 * only when none of them is does a second pass search the window itself (the (symbol, timestamp)
 * index) and sort it.
 */
export function getBestExperiment(store: ExperimentStore, query: BestQuery, now: number = Date.now()): BestExperiment | null {
  const { metric, symbol, strategy, days, baselines } = parseInput(BestQuerySchema, query, 'best-experiment query');
  const column = METRIC_COLUMNS[metric];
  const indexed: SQL[] = [isNotNull(column)];
  if (symbol !== undefined) indexed.push(eq(experiment_results.symbol, symbol));
  const since = days === undefined ? undefined : daysAgoMs(days, now);
  const windowed = windowConditions(experiment_results, strategy, baselines, since);

  const row = withDatabaseErrors(store.path, () => {
    const ordering = [order(metric, column), desc(experiment_results.timestamp), desc(experiment_results.id)];
    const searchAll = () => store.db.select().from(experiment_results).where(and(...indexed, ...windowed)).orderBy(...ordering).limit(1).get();
    if (windowed.length === 0 || !INDEXED_METRICS.has(metric)) return searchAll();
    const top = store.db.select().from(experiment_results).where(and(...indexed)).orderBy(order(metric, column)).limit(FIRST_PASS_ROWS).as('top');
    const inTop = store.db.select().from(top).where(and(...windowConditions(top, strategy, baselines, since)))
      .orderBy(order(metric, top[metric]), desc(top.timestamp), desc(top.id)).limit(1).get();
    return inTop ?? searchAll();
  });
  if (!row) return null;
  const experiment = withDatabaseErrors(store.path, () => store.db.select({ id: experiments.id, timestamp: experiments.timestamp, user_query: experiments.user_query })
    .from(experiments).where(eq(experiments.id, row.experiment_id)).get());
  if (!experiment) return null;
  return {
    metric,
    value: row[metric] as number,
    experiment: { ...experiment, timestamp: new Date(experiment.timestamp).toISOString() },
    result: summarizeResultRow(row),
  };
}
