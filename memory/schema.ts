/**
 * The experiment store's tables. Column and property names are snake_case, the names users see in
 * `--json` output, so rows need no renaming on the way out. Migrations in memory/migrations are
 * generated from this file by drizzle-kit (`npx drizzle-kit generate`); never edit them by hand.
 *
 * Self-contained on purpose (imports only drizzle-orm): drizzle-kit loads this file on its own.
 */
import type { DateWindow } from '../tools/dates/date_window.js';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The metrics strategies are ranked by, each with the name its indexes carry. "Best by metric" walks
 * such an index from the top and the first row in the window is the answer. Each index costs a
 * save one more write, and a save holds a handful of result rows (an optimisation's trials live in
 * the experiment's JSON, not here). Trade count, exposure and final equity (total return's twin)
 * are not ranked by and have none.
 */
export const RANKING_METRIC_INDEX_NAMES = {
  sharpe_ratio: 'sharpe', total_return: 'total_return', sortino_ratio: 'sortino', calmar_ratio: 'calmar', cagr: 'cagr',
  max_drawdown: 'max_drawdown', volatility: 'volatility', win_rate: 'win_rate', profit_factor: 'profit_factor',
} as const;
type RankingMetric = keyof typeof RANKING_METRIC_INDEX_NAMES;

/** One saved run: what was asked, what ran, what came out, and everything needed to repeat it. */
export const experiments = sqliteTable('experiments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** When the run was saved, epoch milliseconds UTC. */
  timestamp: integer('timestamp').notNull(),
  user_query: text('user_query').notNull(),
  /** string[]: the symbols, as the request named them. */
  symbols: text('symbols', { mode: 'json' }).$type<string[]>().notNull(),
  /** string[]: the strategy ids, in request order. */
  strategies: text('strategies', { mode: 'json' }).$type<string[]>().notNull(),
  /** Record<strategy, params>: the parameters each strategy ran with, defaults filled in. */
  parameters: text('parameters', { mode: 'json' }).$type<Record<string, Record<string, number>>>().notNull(),
  /** StoredResult[]: every strategy × symbol result, ranked, without the equity curves. */
  results: text('results', { mode: 'json' }).$type<unknown[]>().notNull(),
  /** Wall time of the run in milliseconds. */
  execution_time: real('execution_time').notNull(),
  /** AgentTraceEntry[]: which agents and tools ran, in order, and for how long. */
  agent_trace: text('agent_trace', { mode: 'json' }).$type<unknown[]>().notNull(),
  /** RequestSpec: the validated request, as parsed. */
  request_spec: text('request_spec', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  /** {start?, end?}: the window the run used (the spec may leave it open). */
  run_window: text('run_window', { mode: 'json' }).$type<DateWindow>().notNull(),
  /** DataFileRecord[]: each data file used, with the SHA-256 of its bytes. */
  data_files: text('data_files', { mode: 'json' }).$type<unknown[]>().notNull(),
  /** Fill, fees, slippage, capital, shorting and the risk-free rate the metrics used. */
  engine_settings: text('engine_settings', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  /** The optimisation outcome (status and best candidate), or null when none was asked for. */
  optimization: text('optimization', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  /** StoredPortfolio: the request's portfolio run as one account, or null when it asked for none. */
  portfolio: text('portfolio', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  app_version: text('app_version').notNull(),
  session_id: text('session_id'),
  /** The experiment this one re-ran on another window, if any. */
  rerun_of: integer('rerun_of'),
}, (table) => [
  index('experiments_timestamp_idx').on(table.timestamp),
  index('experiments_symbols_idx').on(table.symbols),
  index('experiments_strategies_idx').on(table.strategies),
]);

/**
 * One row per strategy × symbol of an experiment, with the main metrics as real columns, so that
 * "best Sharpe for BTC in the last 7 days" is an indexed query. `timestamp` repeats the
 * experiment's, so a time window needs no join.
 */
export const experiment_results = sqliteTable('experiment_results', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  experiment_id: integer('experiment_id').notNull().references(() => experiments.id, { onDelete: 'cascade' }),
  timestamp: integer('timestamp').notNull(),
  /** 1 = best by the experiment's ranking metric. */
  rank: integer('rank').notNull(),
  symbol: text('symbol').notNull(),
  strategy: text('strategy').notNull(),
  /** A buy-and-hold run the request did not ask for (the reference each strategy is compared with). */
  baseline: integer('baseline', { mode: 'boolean' }).notNull().default(false),
  params: text('params', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  start: text('start').notNull(),
  end: text('end').notNull(),
  total_return: real('total_return').notNull(),
  cagr: real('cagr'),
  volatility: real('volatility'),
  sharpe_ratio: real('sharpe_ratio'),
  sortino_ratio: real('sortino_ratio'),
  max_drawdown: real('max_drawdown').notNull(),
  calmar_ratio: real('calmar_ratio'),
  win_rate: real('win_rate'),
  profit_factor: real('profit_factor'),
  num_trades: integer('num_trades').notNull(),
  exposure: real('exposure').notNull(),
  final_equity: real('final_equity').notNull(),
}, (table) => [
  index('experiment_results_experiment_idx').on(table.experiment_id),
  index('experiment_results_timestamp_idx').on(table.timestamp),
  index('experiment_results_symbol_timestamp_idx').on(table.symbol, table.timestamp),
  index('experiment_results_strategy_timestamp_idx').on(table.strategy, table.timestamp),
  // "Best by metric": one (metric) and one (symbol, metric) index per ranking metric.
  ...Object.entries(RANKING_METRIC_INDEX_NAMES).flatMap(([metric, name]) => [
    index(`experiment_results_${name}_idx`).on(table[metric as RankingMetric]),
    index(`experiment_results_symbol_${name}_idx`).on(table.symbol, table[metric as RankingMetric]),
  ]),
]);

/**
 * The report of an experiment as built when it ran (the ReportDocument: text, tables and the chart
 * series, thinned for display), so `btp report <id>` redraws it without re-running anything. Kept
 * apart from `experiments` so listing and searching never read these larger rows.
 */
export const experiment_reports = sqliteTable('experiment_reports', {
  experiment_id: integer('experiment_id').primaryKey().references(() => experiments.id, { onDelete: 'cascade' }),
  /** ReportDocument as JSON (version field inside). */
  document: text('document', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
});
