import { and, count, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { MetricKey } from '../tools/risk/types.js';
import { withDatabaseErrors } from './database_errors.js';
import { SearchFiltersSchema, type SearchFilters } from './experiment_schemas.js';
import type { ExperimentStore } from './experiment_store.js';
import { parseInput } from './parse_input.js';
import { METRIC_COLUMNS, summarizeResultRow, type ResultSummary } from './result_columns.js';
import { experiment_results, experiments } from './schema.js';
import { daysAgoMs, endOfDayMs, startOfDayMs } from './time_window.js';

/** One line of `btp experiments list`: what was asked and its best result, without the heavy JSON. */
export interface ExperimentSummary {
  id: number;
  timestamp: string;
  user_query: string;
  symbols: string[];
  strategies: string[];
  rank_by: MetricKey;
  /** Milliseconds. */
  execution_time: number;
  session_id: string | null;
  rerun_of: number | null;
  /** The experiment's first-ranked result. */
  best: ResultSummary | null;
}

export interface ExperimentPage {
  experiments: ExperimentSummary[];
  /** How many experiments match, over all pages. */
  total: number;
  limit: number;
  offset: number;
}

type Filters = ReturnType<typeof SearchFiltersSchema.parse>;

function experimentConditions(filters: Filters, now: number): SQL[] {
  const conditions: SQL[] = [];
  if (filters.since !== undefined) conditions.push(gte(experiments.timestamp, startOfDayMs(filters.since)));
  if (filters.until !== undefined) conditions.push(lt(experiments.timestamp, endOfDayMs(filters.until)));
  if (filters.days !== undefined) conditions.push(gte(experiments.timestamp, daysAgoMs(filters.days, now)));
  if (filters.text !== undefined) conditions.push(sql`instr(lower(${experiments.user_query}), ${filters.text.toLowerCase()}) > 0`);
  return conditions;
}

/** Symbol, strategy and metric thresholds must hold for one and the same result of the experiment. */
function resultConditions(filters: Filters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.symbol !== undefined) conditions.push(eq(experiment_results.symbol, filters.symbol));
  if (filters.strategy !== undefined) conditions.push(eq(experiment_results.strategy, filters.strategy));
  for (const [metric, value] of Object.entries(filters.min) as Array<[MetricKey, number]>) conditions.push(gte(METRIC_COLUMNS[metric], value));
  for (const [metric, value] of Object.entries(filters.max) as Array<[MetricKey, number]>) conditions.push(lte(METRIC_COLUMNS[metric], value));
  return conditions;
}

/**
 * Saved experiments, newest first, filtered by symbol, strategy, date window (since/until or the
 * last N days), metric thresholds and text in the query, one page at a time.
 */
export function searchExperiments(store: ExperimentStore, filters: SearchFilters = {}, now: number = Date.now()): ExperimentPage {
  const parsed = parseInput(SearchFiltersSchema, filters, 'experiment filters');
  const conditions = experimentConditions(parsed, now);
  const byResult = resultConditions(parsed);
  if (byResult.length > 0) {
    const matching = store.db.select({ id: experiment_results.experiment_id }).from(experiment_results).where(and(...byResult));
    conditions.push(inArray(experiments.id, matching));
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  return withDatabaseErrors(store.path, () => {
    const { total } = store.db.select({ total: count() }).from(experiments).where(where).get() ?? { total: 0 };
    const rows = store.db.select({
      id: experiments.id, timestamp: experiments.timestamp, user_query: experiments.user_query, symbols: experiments.symbols,
      strategies: experiments.strategies, execution_time: experiments.execution_time, session_id: experiments.session_id,
      rerun_of: experiments.rerun_of, rank_by: sql<MetricKey>`json_extract(${experiments.request_spec}, '$.rank_by')`,
    }).from(experiments).where(where).orderBy(desc(experiments.timestamp), desc(experiments.id)).limit(parsed.limit).offset(parsed.offset).all();
    const ids = rows.map((row) => row.id);
    const bestRows = ids.length === 0 ? [] : store.db.select().from(experiment_results)
      .where(and(inArray(experiment_results.experiment_id, ids), eq(experiment_results.rank, 1))).all();
    const bestById = new Map(bestRows.map((row) => [row.experiment_id, summarizeResultRow(row)]));
    return {
      experiments: rows.map((row) => ({ ...row, timestamp: new Date(row.timestamp).toISOString(), best: bestById.get(row.id) ?? null })),
      total,
      limit: parsed.limit,
      offset: parsed.offset,
    };
  });
}
