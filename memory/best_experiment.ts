import { and, asc, desc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { metricDirection, type RankDirection } from '../tools/risk/metric_direction.js';
import type { MetricKey } from '../tools/risk/types.js';
import { withDatabaseErrors } from './database_errors.js';
import { BestQuerySchema, type BestQuery, type RankOrder } from './experiment_schemas.js';
import type { ExperimentStore } from './experiment_store.js';
import { parseInput } from './parse_input.js';
import { METRIC_COLUMNS, summarizeResultRow, type ResultSummary } from './result_columns.js';
import { experiment_results, experiments, RANKING_METRIC_INDEX_NAMES } from './schema.js';
import { daysAgoMs, endOfDayMs, startOfDayMs } from './time_window.js';

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

/** The direction results are sorted in so the first is the one asked for: the metric's best first, or its worst. Shared with Postgres. */
export function rankingDirection(metric: MetricKey, wanted: RankOrder): RankDirection {
  const best = metricDirection(metric);
  return wanted === 'best' ? best : best === 'desc' ? 'asc' : 'desc';
}

/** Conditions no metric index covers: the strategy, baselines, the time window and the recent experiments, on the table or the first pass. */
function windowConditions(
  columns: { strategy: SQLiteColumn; baseline: SQLiteColumn; timestamp: SQLiteColumn; experiment_id: SQLiteColumn },
  filters: { strategy: string | undefined; baselines: boolean; since: number | undefined; until: number | undefined; recent: SQL | undefined },
): SQL[] {
  const conditions: SQL[] = [];
  if (filters.strategy !== undefined) conditions.push(eq(columns.strategy, filters.strategy));
  else if (!filters.baselines) conditions.push(eq(columns.baseline, false));
  if (filters.since !== undefined) conditions.push(gte(columns.timestamp, filters.since));
  if (filters.until !== undefined) conditions.push(lt(columns.timestamp, filters.until));
  if (filters.recent !== undefined) conditions.push(inArray(columns.experiment_id, filters.recent));
  return conditions;
}

/** The earliest saved time a ranking counts: the later of the last N days and the first day asked for. Shared with Postgres. */
export function savedSinceMs(days: number | undefined, firstDay: string | undefined, now: number): number | undefined {
  const bounds = [days === undefined ? undefined : daysAgoMs(days, now), firstDay === undefined ? undefined : startOfDayMs(firstDay)]
    .filter((bound): bound is number => bound !== undefined);
  return bounds.length === 0 ? undefined : Math.max(...bounds);
}

/**
 * The `count` best (or with `order: "worst"`, the worst) results by `metric` among the saved ones,
 * best first, for a symbol, strategy, the last N days or the days between `since` and `until`, and the `limit` most recent experiments when
 * given; empty when nothing matches. Results whose metric is undefined (null) never rank.
 *
 * Fast at any size through the indexes: with only a symbol (or nothing) the (symbol, metric) index
 * is walked from the top and the first rows are the answer. A time window or a strategy cannot be in
 * that index, so the first pass walks the top rows of the index and keeps the first `count` in the
 * window; only when fewer are does a second pass search the window itself (the (symbol, timestamp)
 * index) and sort it.
 */
export function getRankedExperiments(store: ExperimentStore, query: BestQuery, now: number = Date.now()): BestExperiment[] {
  const { metric, symbol, strategy, days, since: firstDay, until: lastDay, baselines, limit, order: wanted, count } = parseInput(BestQuerySchema, query, 'best-experiment query');
  const column = METRIC_COLUMNS[metric];
  const order = (sorted: SQLiteColumn) => (rankingDirection(metric, wanted) === 'desc' ? desc(sorted) : asc(sorted));
  const indexed: SQL[] = [isNotNull(column)];
  if (symbol !== undefined) indexed.push(eq(experiment_results.symbol, symbol));
  const since = savedSinceMs(days, firstDay, now);
  const until = lastDay === undefined ? undefined : endOfDayMs(lastDay);
  // The ids of the `limit` newest experiments, as a subquery the window conditions test results against.
  const recent = limit === undefined ? undefined
    : sql`(${store.db.select({ id: experiments.id }).from(experiments).orderBy(desc(experiments.timestamp), desc(experiments.id)).limit(limit)})`;
  const filters = { strategy, baselines, since, until, recent };
  const windowed = windowConditions(experiment_results, filters);

  const rows = withDatabaseErrors(store.path, () => {
    const ordering = [order(column), desc(experiment_results.timestamp), desc(experiment_results.id)];
    const searchAll = () => store.db.select().from(experiment_results).where(and(...indexed, ...windowed)).orderBy(...ordering).limit(count).all();
    if (windowed.length === 0 || !INDEXED_METRICS.has(metric)) return searchAll();
    const top = store.db.select().from(experiment_results).where(and(...indexed)).orderBy(order(column)).limit(FIRST_PASS_ROWS).as('top');
    const inTop = store.db.select().from(top).where(and(...windowConditions(top, filters)))
      .orderBy(order(top[metric]), desc(top.timestamp), desc(top.id)).limit(count).all();
    // Fewer than `count` in the top rows: the rest of the window may hold the others.
    return inTop.length === count ? inTop : searchAll();
  });
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.map((row) => row.experiment_id))];
  const found = withDatabaseErrors(store.path, () => store.db.select({ id: experiments.id, timestamp: experiments.timestamp, user_query: experiments.user_query })
    .from(experiments).where(inArray(experiments.id, ids)).all());
  const byId = new Map(found.map((experiment) => [experiment.id, experiment]));
  return rows.flatMap((row) => {
    const experiment = byId.get(row.experiment_id);
    return experiment ? [{
      metric,
      value: row[metric] as number,
      experiment: { ...experiment, timestamp: new Date(experiment.timestamp).toISOString() },
      result: summarizeResultRow(row),
    }] : [];
  });
}

/** The single best (or worst) result: the first of getRankedExperiments, or null when nothing matches. */
export function getBestExperiment(store: ExperimentStore, query: BestQuery, now: number = Date.now()): BestExperiment | null {
  return getRankedExperiments(store, { ...query, count: 1 }, now)[0] ?? null;
}
