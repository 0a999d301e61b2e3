import { and, count, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { MetricKey } from '../../tools/risk/types.js';
import { SearchFiltersSchema, type SearchFilters } from '../experiment_schemas.js';
import { parseInput } from '../parse_input.js';
import { summarizeResultRow } from '../result_columns.js';
import type { ExperimentPage } from '../search_experiments.js';
import { daysAgoMs, endOfDayMs, startOfDayMs } from '../time_window.js';
import { PG_METRIC_COLUMNS } from './pg_result_columns.js';
import type { PostgresStore } from './postgres_store.js';
import { experiment_results, experiments } from './schema.js';

type Filters = ReturnType<typeof SearchFiltersSchema.parse>;

function experimentConditions(filters: Filters, now: number): SQL[] {
  const conditions: SQL[] = [];
  if (filters.since !== undefined) conditions.push(gte(experiments.timestamp, startOfDayMs(filters.since)));
  if (filters.until !== undefined) conditions.push(lt(experiments.timestamp, endOfDayMs(filters.until)));
  if (filters.days !== undefined) conditions.push(gte(experiments.timestamp, daysAgoMs(filters.days, now)));
  // strpos, not LIKE: "%" and "_" in the user's text are text, as in the SQLite store's instr.
  if (filters.text !== undefined) conditions.push(sql`strpos(lower(${experiments.user_query}), ${filters.text.toLowerCase()}) > 0`);
  return conditions;
}

/** Symbol, strategy and metric thresholds must hold for one and the same result of the experiment. */
function resultConditions(filters: Filters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.symbol !== undefined) conditions.push(eq(experiment_results.symbol, filters.symbol));
  if (filters.strategy !== undefined) conditions.push(eq(experiment_results.strategy, filters.strategy));
  for (const [metric, value] of Object.entries(filters.min) as Array<[MetricKey, number]>) conditions.push(gte(PG_METRIC_COLUMNS[metric], value));
  for (const [metric, value] of Object.entries(filters.max) as Array<[MetricKey, number]>) conditions.push(lte(PG_METRIC_COLUMNS[metric], value));
  return conditions;
}

/** searchExperiments (memory/search_experiments.ts) on Postgres: the same filters, order and pages. */
export async function pgSearchExperiments(store: PostgresStore, filters: SearchFilters = {}, now: number = Date.now()): Promise<ExperimentPage> {
  const parsed = parseInput(SearchFiltersSchema, filters, 'experiment filters');
  const conditions = experimentConditions(parsed, now);
  const byResult = resultConditions(parsed);
  if (byResult.length > 0) {
    const matching = store.db.select({ id: experiment_results.experiment_id }).from(experiment_results).where(and(...byResult));
    conditions.push(inArray(experiments.id, matching));
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [counted] = await store.db.select({ total: count() }).from(experiments).where(where);
  const rows = await store.db.select({
    id: experiments.id, timestamp: experiments.timestamp, user_query: experiments.user_query, symbols: experiments.symbols,
    strategies: experiments.strategies, execution_time: experiments.execution_time, session_id: experiments.session_id,
    rerun_of: experiments.rerun_of, rank_by: sql<MetricKey>`${experiments.request_spec}->>'rank_by'`,
  }).from(experiments).where(where).orderBy(desc(experiments.timestamp), desc(experiments.id)).limit(parsed.limit).offset(parsed.offset);
  const ids = rows.map((row) => row.id);
  const bestRows = ids.length === 0 ? [] : await store.db.select().from(experiment_results)
    .where(and(inArray(experiment_results.experiment_id, ids), eq(experiment_results.rank, 1)));
  const bestById = new Map(bestRows.map((row) => [row.experiment_id, summarizeResultRow(row)]));
  return {
    experiments: rows.map((row) => ({ ...row, timestamp: new Date(row.timestamp).toISOString(), best: bestById.get(row.id) ?? null })),
    total: counted?.total ?? 0,
    limit: parsed.limit,
    offset: parsed.offset,
  };
}
