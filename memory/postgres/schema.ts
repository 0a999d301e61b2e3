/**
 * The experiment store's tables on PostgreSQL: the same tables, columns and indexes as
 * memory/schema.ts (SQLite), in Postgres types: JSON columns are jsonb, metrics double precision,
 * epoch-millisecond timestamps bigint. Migrations in memory/postgres/migrations are generated from
 * this file by drizzle-kit (`npx drizzle-kit generate --config drizzle.pg.config.ts`).
 *
 * Self-contained on purpose (imports only drizzle-orm): drizzle-kit loads this file on its own.
 */
import { bigint, boolean, doublePrecision, index, integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';

/** Same names as memory/schema.ts's RANKING_METRIC_INDEX_NAMES (kept apart: drizzle-kit loads each schema alone). */
const RANKING_METRIC_INDEX_NAMES = {
  sharpe_ratio: 'sharpe', total_return: 'total_return', sortino_ratio: 'sortino', calmar_ratio: 'calmar', cagr: 'cagr',
  max_drawdown: 'max_drawdown', volatility: 'volatility', win_rate: 'win_rate', profit_factor: 'profit_factor',
} as const;
type RankingMetric = keyof typeof RANKING_METRIC_INDEX_NAMES;

export const experiments = pgTable('experiments', {
  id: serial('id').primaryKey(),
  /** When the run was saved, epoch milliseconds UTC. */
  timestamp: bigint('timestamp', { mode: 'number' }).notNull(),
  user_query: text('user_query').notNull(),
  symbols: jsonb('symbols').$type<string[]>().notNull(),
  strategies: jsonb('strategies').$type<string[]>().notNull(),
  parameters: jsonb('parameters').$type<Record<string, Record<string, number>>>().notNull(),
  results: jsonb('results').$type<unknown[]>().notNull(),
  execution_time: doublePrecision('execution_time').notNull(),
  agent_trace: jsonb('agent_trace').$type<unknown[]>().notNull(),
  request_spec: jsonb('request_spec').$type<Record<string, unknown>>().notNull(),
  run_window: jsonb('run_window').$type<{ start?: string; end?: string }>().notNull(),
  data_files: jsonb('data_files').$type<unknown[]>().notNull(),
  engine_settings: jsonb('engine_settings').$type<Record<string, unknown>>().notNull(),
  optimization: jsonb('optimization').$type<Record<string, unknown> | null>(),
  portfolio: jsonb('portfolio').$type<Record<string, unknown> | null>(),
  app_version: text('app_version').notNull(),
  session_id: text('session_id'),
  rerun_of: integer('rerun_of'),
}, (table) => [
  index('experiments_timestamp_idx').on(table.timestamp),
]);

export const experiment_results = pgTable('experiment_results', {
  id: serial('id').primaryKey(),
  experiment_id: integer('experiment_id').notNull().references(() => experiments.id, { onDelete: 'cascade' }),
  timestamp: bigint('timestamp', { mode: 'number' }).notNull(),
  rank: integer('rank').notNull(),
  symbol: text('symbol').notNull(),
  strategy: text('strategy').notNull(),
  baseline: boolean('baseline').notNull().default(false),
  params: jsonb('params').$type<Record<string, number>>().notNull(),
  start: text('start').notNull(),
  end: text('end').notNull(),
  total_return: doublePrecision('total_return').notNull(),
  cagr: doublePrecision('cagr'),
  volatility: doublePrecision('volatility'),
  sharpe_ratio: doublePrecision('sharpe_ratio'),
  sortino_ratio: doublePrecision('sortino_ratio'),
  max_drawdown: doublePrecision('max_drawdown').notNull(),
  calmar_ratio: doublePrecision('calmar_ratio'),
  win_rate: doublePrecision('win_rate'),
  profit_factor: doublePrecision('profit_factor'),
  num_trades: integer('num_trades').notNull(),
  exposure: doublePrecision('exposure').notNull(),
  final_equity: doublePrecision('final_equity').notNull(),
}, (table) => [
  index('experiment_results_experiment_idx').on(table.experiment_id),
  index('experiment_results_timestamp_idx').on(table.timestamp),
  index('experiment_results_symbol_timestamp_idx').on(table.symbol, table.timestamp),
  index('experiment_results_strategy_timestamp_idx').on(table.strategy, table.timestamp),
  ...Object.entries(RANKING_METRIC_INDEX_NAMES).flatMap(([metric, name]) => [
    index(`experiment_results_${name}_idx`).on(table[metric as RankingMetric]),
    index(`experiment_results_symbol_${name}_idx`).on(table.symbol, table[metric as RankingMetric]),
  ]),
]);

/** The ReportDocument each run's report was built from, for `btp report <id>` (as in the SQLite store). */
export const experiment_reports = pgTable('experiment_reports', {
  experiment_id: integer('experiment_id').primaryKey().references(() => experiments.id, { onDelete: 'cascade' }),
  document: jsonb('document').$type<Record<string, unknown>>().notNull(),
});
