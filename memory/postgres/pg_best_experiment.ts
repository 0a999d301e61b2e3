import { and, asc, desc, eq, gte, inArray, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { rankingDirection, savedSinceMs, type BestExperiment } from '../best_experiment.js';
import { BestQuerySchema, type BestQuery } from '../experiment_schemas.js';
import { parseInput } from '../parse_input.js';
import { summarizeResultRow } from '../result_columns.js';
import { endOfDayMs } from '../time_window.js';
import { PG_METRIC_COLUMNS } from './pg_result_columns.js';
import type { PostgresStore } from './postgres_store.js';
import { experiment_results, experiments } from './schema.js';

/**
 * getRankedExperiments (memory/best_experiment.ts) on Postgres: one statement, one round trip. The
 * planner picks between the (symbol, metric) index walked from the top and the (symbol, timestamp)
 * index plus a sort of the window, from its statistics; SQLite's planner cannot, hence its two
 * passes. DESC puts NULLs first in Postgres, but NULL metrics are excluded, so the (metric) b-tree
 * serves both directions.
 */
export async function pgGetRankedExperiments(store: PostgresStore, query: BestQuery, now: number = Date.now()): Promise<BestExperiment[]> {
  const { metric, symbol, strategy, days, since: firstDay, until: lastDay, baselines, limit, order, count } = parseInput(BestQuerySchema, query, 'best-experiment query');
  const column: PgColumn = PG_METRIC_COLUMNS[metric];
  const conditions: SQL[] = [isNotNull(column)];
  if (symbol !== undefined) conditions.push(eq(experiment_results.symbol, symbol));
  if (strategy !== undefined) conditions.push(eq(experiment_results.strategy, strategy));
  else if (!baselines) conditions.push(eq(experiment_results.baseline, false));
  const since = savedSinceMs(days, firstDay, now);
  if (since !== undefined) conditions.push(gte(experiment_results.timestamp, since));
  if (lastDay !== undefined) conditions.push(lt(experiment_results.timestamp, endOfDayMs(lastDay)));
  if (limit !== undefined) {
    conditions.push(inArray(experiment_results.experiment_id,
      store.db.select({ id: experiments.id }).from(experiments).orderBy(desc(experiments.timestamp), desc(experiments.id)).limit(limit)));
  }
  const found = await store.db.select({ row: experiment_results, experiment: { id: experiments.id, timestamp: experiments.timestamp, user_query: experiments.user_query } })
    .from(experiment_results).innerJoin(experiments, eq(experiments.id, experiment_results.experiment_id))
    .where(and(...conditions))
    .orderBy(rankingDirection(metric, order) === 'desc' ? desc(column) : asc(column), desc(experiment_results.timestamp), desc(experiment_results.id))
    .limit(count);
  return found.map(({ row, experiment }) => ({
    metric,
    value: row[metric] as number,
    experiment: { ...experiment, timestamp: new Date(experiment.timestamp).toISOString() },
    result: summarizeResultRow(row),
  }));
}

/** The single best (or worst) result: the first of pgGetRankedExperiments, or null when nothing matches. */
export async function pgGetBestExperiment(store: PostgresStore, query: BestQuery, now: number = Date.now()): Promise<BestExperiment | null> {
  return (await pgGetRankedExperiments(store, { ...query, count: 1 }, now))[0] ?? null;
}
