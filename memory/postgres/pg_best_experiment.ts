import { and, asc, desc, eq, gte, isNotNull, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { metricDirection } from '../../tools/risk/metric_direction.js';
import type { MetricKey } from '../../tools/risk/types.js';
import type { BestExperiment } from '../best_experiment.js';
import { BestQuerySchema, type BestQuery } from '../experiment_schemas.js';
import { parseInput } from '../parse_input.js';
import { summarizeResultRow } from '../result_columns.js';
import { daysAgoMs } from '../time_window.js';
import { PG_METRIC_COLUMNS } from './pg_result_columns.js';
import type { PostgresStore } from './postgres_store.js';
import { experiment_results, experiments } from './schema.js';

/** As in memory/best_experiment.ts: the top rows by the index the first pass looks at. */
const FIRST_PASS_ROWS = 1_000;
const INDEXED_METRICS: ReadonlySet<MetricKey> = new Set(['sharpe_ratio', 'total_return', 'sortino_ratio', 'calmar_ratio', 'cagr', 'max_drawdown', 'volatility', 'win_rate', 'profit_factor']);

// DESC puts NULLs first in Postgres, but every query excludes them, so the (metric) b-tree serves both directions.
const order = (metric: MetricKey, column: PgColumn | SQL.Aliased) => (metricDirection(metric) === 'desc' ? desc(column as PgColumn) : asc(column as PgColumn));

/**
 * getBestExperiment (memory/best_experiment.ts) on Postgres, with the same two-pass plan over the
 * same indexes: the (symbol, metric) index from the top, then the window only when the top rows miss it.
 */
export async function pgGetBestExperiment(store: PostgresStore, query: BestQuery, now: number = Date.now()): Promise<BestExperiment | null> {
  const { metric, symbol, strategy, days } = parseInput(BestQuerySchema, query, 'best-experiment query');
  const column = PG_METRIC_COLUMNS[metric];
  const indexed: SQL[] = [isNotNull(column)];
  if (symbol !== undefined) indexed.push(eq(experiment_results.symbol, symbol));
  const since = days === undefined ? undefined : daysAgoMs(days, now);
  const windowed: SQL[] = [];
  if (strategy !== undefined) windowed.push(eq(experiment_results.strategy, strategy));
  if (since !== undefined) windowed.push(gte(experiment_results.timestamp, since));
  const ordering = [order(metric, column), desc(experiment_results.timestamp), desc(experiment_results.id)];
  const searchAll = async () => (await store.db.select().from(experiment_results).where(and(...indexed, ...windowed)).orderBy(...ordering).limit(1))[0];

  let row;
  if (windowed.length === 0 || !INDEXED_METRICS.has(metric)) {
    row = await searchAll();
  } else {
    const top = store.db.select().from(experiment_results).where(and(...indexed)).orderBy(order(metric, column)).limit(FIRST_PASS_ROWS).as('top');
    const inWindow: SQL[] = [];
    if (strategy !== undefined) inWindow.push(eq(top.strategy, strategy));
    if (since !== undefined) inWindow.push(gte(top.timestamp, since));
    const [inTop] = await store.db.select().from(top).where(and(...inWindow))
      .orderBy(order(metric, top[metric] as unknown as PgColumn), desc(top.timestamp), desc(top.id)).limit(1);
    row = inTop ?? await searchAll();
  }
  if (!row) return null;
  const [experiment] = await store.db.select({ id: experiments.id, timestamp: experiments.timestamp, user_query: experiments.user_query })
    .from(experiments).where(eq(experiments.id, row.experiment_id));
  if (!experiment) return null;
  return {
    metric,
    value: row[metric] as number,
    experiment: { ...experiment, timestamp: new Date(experiment.timestamp).toISOString() },
    result: summarizeResultRow(row),
  };
}
