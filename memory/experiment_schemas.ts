/**
 * The zod schemas of everything that goes into or queries the experiment store: one place that
 * validates inputs (from the agents, the model and the CLI) and types them. Every query is built
 * from values that passed these, as bound parameters.
 */
import { z } from 'zod';
import { EngineSettingsSchema } from '../tools/backtest/engine_settings.js';
import { DateWindowSchema } from '../tools/dates/date_window.js';
import { IsoDateSchema } from '../tools/dates/iso_date.js';
import { DataRefSchema } from '../tools/data/data_ref.js';
import { normalizeSymbol } from '../tools/data/symbol_aliases.js';
import { REBALANCE_SCHEDULES } from '../tools/portfolio/calendar_periods.js';
import { OBJECTIVES } from '../tools/portfolio/optimize/optimize_weights.js';
import { RequestSpecSchema } from '../tools/request/request_spec.js';
import { MetricKeySchema } from '../tools/risk/metric_key_schema.js';
import { ExperimentIdSchema } from '../tools/numbers/experiment_id.js';


const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256');

/** "btc", "bitcoin", "BTC/USDT" → "BTC"; then the shape data files use. */
export const SymbolFilterSchema = z.string().trim().min(1).max(40).transform(normalizeSymbol)
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9._&-]{0,14}$/, 'an upper-case symbol such as BTC or SPY'));

export const StrategyIdSchema = z.string().trim().regex(/^[a-z][a-z0-9_]{0,63}$/, 'a snake_case strategy id such as sma_crossover');

/** A rolling window: the last N × 24 hours before now. */
export const DaysSchema = z.number().int().min(1).max(36_500);

const finite = z.number().finite();
const finiteOrNull = finite.nullable();

export const PerformanceMetricsSchema = z.object({
  total_return: finite, cagr: finiteOrNull, volatility: finiteOrNull, sharpe_ratio: finiteOrNull,
  sortino_ratio: finiteOrNull, max_drawdown: finite, calmar_ratio: finiteOrNull, win_rate: finiteOrNull,
  profit_factor: finiteOrNull, num_trades: z.number().int().min(0), exposure: finite, final_equity: finite,
}).strict();

const RangeSchema = z.object({ start: z.string().min(1), end: z.string().min(1), bars: z.number().int().min(0) }).strict();

/** One strategy × symbol result as stored: the metrics and what produced them, without the curves. */
export const StoredResultSchema = z.object({
  rank: z.number().int().min(1),
  symbol: z.string().min(1).max(40),
  strategy: StrategyIdSchema,
  params: z.record(z.string(), finite),
  baseline: z.boolean(),
  data: DataRefSchema,
  range: RangeSchema,
  periods_per_year: z.number().positive(),
  metrics: PerformanceMetricsSchema,
  /** SHA-256 of the equity curve, positions and trades: a re-run matches bit for bit or it does not. */
  outcome_sha256: Sha256Schema,
  notes: z.array(z.string()),
}).strict();

/** A portfolio run as stored (tools/portfolio/portfolio_summary.ts): its numbers, without the curves the hash stands for. */
export const StoredPortfolioSchema = z.object({
  weights: z.record(z.string(), finite.min(0).max(1)),
  rebalance: z.enum(REBALANCE_SCHEDULES),
  strategies: z.record(z.string(), z.object({ name: StrategyIdSchema, params: z.record(z.string(), finite) }).strict()),
  objective: z.enum(OBJECTIVES).nullable(),
  range: RangeSchema,
  periods_per_year: z.number().positive(),
  metrics: PerformanceMetricsSchema,
  fees_paid: finite.min(0),
  turnover: finite.min(0),
  num_rebalances: z.number().int().min(0),
  num_fills: z.number().int().min(0),
  contributions: z.record(z.string(), finite),
  risk: z.object({
    volatility: z.record(z.string(), finiteOrNull), risk_contributions: z.record(z.string(), finiteOrNull), diversification_ratio: finiteOrNull,
  }).strict(),
  correlation: z.object({ symbols: z.array(z.string().min(1)), matrix: z.array(z.array(finiteOrNull)) }).strict(),
  optimization: z.object({
    in_sample: PerformanceMetricsSchema, out_of_sample: PerformanceMetricsSchema.nullable(),
    in_sample_range: RangeSchema, out_of_sample_range: RangeSchema.nullable(),
  }).strict().nullable(),
  outcome_sha256: Sha256Schema,
  notes: z.array(z.string()),
}).strict();

/** Each data file a run used: the symbol and its DataRef (provenance absent in runs saved before it was recorded). */
export const DataFileRecordSchema = DataRefSchema.extend({ symbol: z.string().min(1) }).strict();

export const ToolTraceEntrySchema = z.object({
  tool: z.string().min(1),
  duration_ms: z.number().min(0),
  error_code: z.string().optional(),
}).strict();

export const AgentTraceEntrySchema = z.object({
  agent: z.string().min(1),
  /** ADK's branch for agents run in parallel, e.g. backtest_agent.backtest_shard_0. */
  branch: z.string().optional(),
  /** Offset from the start of the turn. */
  started_ms: z.number().min(0),
  duration_ms: z.number().min(0),
  tools: z.array(ToolTraceEntrySchema),
}).strict();

export const EngineSettingsRecordSchema = EngineSettingsSchema.extend({
  risk_free_rate: finite.describe('Annual risk-free rate the Sharpe and Sortino ratios used'),
}).strict();

export const ExperimentInputSchema = z.object({
  /** Epoch milliseconds; default: now. */
  timestamp: z.number().int().min(0).optional(),
  user_query: z.string().trim().min(1).max(4_000),
  request_spec: RequestSpecSchema,
  run_window: DateWindowSchema,
  results: z.array(StoredResultSchema).min(1).max(10_000),
  /** The request's portfolio, run as one account; null when it asked for none. */
  portfolio: StoredPortfolioSchema.nullable().default(null),
  data_files: z.array(DataFileRecordSchema),
  engine_settings: EngineSettingsRecordSchema,
  execution_time: z.number().min(0).describe('Milliseconds'),
  agent_trace: z.array(AgentTraceEntrySchema),
  optimization: z.record(z.string(), z.unknown()).nullable().default(null),
  app_version: z.string().min(1).max(100),
  session_id: z.string().max(200).nullable().default(null),
  rerun_of: ExperimentIdSchema.nullable().default(null),
  /** The ReportDocument the run's report was built from (what `btp report <id>` redraws); null when none was made. */
  report: z.record(z.string(), z.unknown()).nullable().default(null),
}).strict();

export type ExperimentInput = z.input<typeof ExperimentInputSchema>;
export type StoredResult = z.output<typeof StoredResultSchema>;
export type StoredPortfolio = z.output<typeof StoredPortfolioSchema>;
export type DataFileRecord = z.output<typeof DataFileRecordSchema>;
export type AgentTraceEntry = z.output<typeof AgentTraceEntrySchema>;
export type ToolTraceEntry = z.output<typeof ToolTraceEntrySchema>;
export type EngineSettingsRecord = z.output<typeof EngineSettingsRecordSchema>;

const thresholds = z.partialRecord(MetricKeySchema, finite).default({});

/** A saved-between window read backwards ("since 2025-10-31 until 2025-10-01") matches nothing; it is refused, not answered empty. */
function windowInOrder(filters: { since?: string | undefined; until?: string | undefined }): boolean {
  return filters.since === undefined || filters.until === undefined || filters.since <= filters.until;
}
const WINDOW_ORDER = { message: 'since must be on or before until (both YYYY-MM-DD, the days the runs were saved between)', path: ['until'] };

export const SearchFiltersSchema = z.object({
  symbol: SymbolFilterSchema.optional(),
  strategy: StrategyIdSchema.optional(),
  /** Saved on or after this day (UTC). */
  since: IsoDateSchema.optional(),
  /** Saved on or before this day (UTC). */
  until: IsoDateSchema.optional(),
  days: DaysSchema.optional(),
  /** Case-insensitive text the user's query contains. */
  text: z.string().trim().min(1).max(200).optional(),
  /** A result must reach at least these values (e.g. {"sharpe_ratio": 1}) ... */
  min: thresholds,
  /** ... and at most these (e.g. {"volatility": 0.5}); symbol, strategy and thresholds hold for the same result. */
  max: thresholds,
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).max(1_000_000_000).default(0),
}).strict().refine(windowInOrder, WINDOW_ORDER);

export type SearchFilters = z.input<typeof SearchFiltersSchema>;

/** Which end of a metric's ranking best_experiment returns: the best by default, or the worst ("my worst run by Sharpe"). */
export const RankOrderSchema = z.enum(['best', 'worst']);
/** How many of the most recently saved experiments best_experiment ranks the results of ("which of my last 20 runs"). */
export const RecentExperimentsSchema = z.number().int().min(1).max(100_000);
/** How many results best_experiment returns, best first (worst first with order "worst"): "my top 3 runs by Sortino". */
export const MAX_RANKED_COUNT = 20;
export const RankedCountSchema = z.number().int().min(1).max(MAX_RANKED_COUNT);

export const BestQuerySchema = z.object({
  metric: MetricKeySchema.default('sharpe_ratio'),
  symbol: SymbolFilterSchema.optional(),
  strategy: StrategyIdSchema.optional(),
  days: DaysSchema.optional(),
  /** Saved on or after this day (UTC): "the runs I did in October" ranks October's. */
  since: IsoDateSchema.optional(),
  /** Saved on or before this day (UTC). */
  until: IsoDateSchema.optional(),
  /** Only the results of the N most recently saved experiments. */
  limit: RecentExperimentsSchema.optional(),
  order: RankOrderSchema.default('best'),
  /** How many results, from the asked end of the ranking; not to be confused with `limit`, which bounds the experiments ranked. */
  count: RankedCountSchema.default(1),
  /** Let buy-and-hold baselines win too; by default "best" means the best strategy run. Naming a strategy always includes its runs. */
  baselines: z.boolean().default(false),
}).strict().refine(windowInOrder, WINDOW_ORDER);

export type BestQuery = z.input<typeof BestQuerySchema>;
export type RankOrder = z.output<typeof RankOrderSchema>;
