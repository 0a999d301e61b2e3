import { z } from 'zod';
import { EngineSettingsSchema } from '../backtest/engine_settings.js';
import { MetricKeySchema } from '../risk/metric_key_schema.js';
import { IsoDateSchema } from '../dates/iso_date.js';
import { REBALANCE_SCHEDULES } from '../portfolio/calendar_periods.js';
import { OBJECTIVES } from '../portfolio/optimize/optimize_weights.js';

const ENGINE_FIELDS = EngineSettingsSchema.shape;

/** Upper-case base symbol as the data files name it: `BTC`, `SPY`. */
const SymbolSchema = z.string().regex(/^[A-Z0-9][A-Z0-9._-]{0,14}$/, 'an upper-case symbol such as BTC or SPY');

/** `15m`, `1h`, `4h`, `1d`, `1w`: a count and a unit (minutes, hours, days, weeks), as data file names write it. */
export const BarIntervalSchema = z.string().regex(/^[1-9]\d{0,3}[mhdw]$/, 'a bar interval such as 15m, 1h, 4h, 1d or 1w');

export const OUTPUT_KINDS = ['html', 'markdown', 'png', 'svg', 'pdf', 'trades_csv'] as const;
export const OutputKindSchema = z.enum(OUTPUT_KINDS);
/** How the parameters are searched when asked: `exhaustive` is every point of each strategy's grid. */
export const SEARCH_KINDS = ['exhaustive'] as const;
export type OutputKind = z.output<typeof OutputKindSchema>;

export const TargetOperatorSchema = z.enum(['>', '>=', '<', '<=']);

export const MetricTargetSchema = z.object({
  operator: TargetOperatorSchema,
  value: z.number().finite().describe('In the metric\'s own unit: fractions for returns and drawdowns (-0.2 = -20 %)'),
}).strict();

export const StrategyRequestSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a snake_case strategy id such as sma_crossover')
    .describe('Strategy id; names the parser could not map are kept so validation can answer unknown_strategy'),
  params: z.record(z.string(), z.number().finite()).optional()
    .describe('Only the parameters the user gave; the others take the strategy\'s defaults'),
  baseline: z.literal(true).optional()
    .describe('Set on the buy_and_hold entry added for comparison when the user did not ask for buy and hold'),
}).strict();

export const DateRangeSchema = z.object({
  start: IsoDateSchema.optional().describe('First day, inclusive; absent = the start of the data'),
  end: IsoDateSchema.optional().describe('Last day, inclusive; absent = the end of the data'),
}).strict().refine((range) => range.start !== undefined || range.end !== undefined, 'a date range needs a start, an end or both');

export const PortfolioSchema = z.object({
  weights: z.record(SymbolSchema, z.number().finite().min(0))
    .describe('Fraction of capital per symbol, e.g. {"BTC": 0.6, "ETH": 0.4}; at most 1 in total, the rest is cash. With an objective, the starting (equal) weights the optimiser replaces'),
  rebalance: z.enum(REBALANCE_SCHEDULES).optional().describe('When every symbol goes back to its weight; absent = monthly'),
  objective: z.enum(OBJECTIVES).optional().describe('Choose the weights instead: equal_weight, min_variance, max_sharpe, risk_parity, max_return'),
  max_weight: z.number().finite().gt(0).max(1).optional().describe('Largest weight any one symbol may get when choosing weights, e.g. 0.5'),
  max_volatility: z.number().finite().gt(0).optional().describe('Annualised volatility cap for max_return, e.g. 0.6'),
}).strict();

/**
 * What the user asked for, in one validated shape: the parser's output, the model's tool input and
 * what validation checks. Fields beyond the example, all optional or defaulted:
 * `rank_by` (metric to rank by, default sharpe_ratio), `slippage_bps` and `allow_short` (present
 * only when the user mentioned slippage or shorting).
 */
export const RequestSpecSchema = z.object({
  symbols: z.array(SymbolSchema).min(1).describe('Base symbols, e.g. ["BTC", "ETH"]'),
  strategies: z.array(StrategyRequestSchema).min(1)
    .describe('Strategies to compare; buy_and_hold is always present, as a baseline unless asked for'),
  date_range: DateRangeSchema.optional().describe('Absent when the user gave no dates: the symbols\' common history'),
  targets: z.partialRecord(MetricKeySchema, MetricTargetSchema).default({})
    .describe('Metric targets, e.g. {"sharpe_ratio": {"operator": ">", "value": 1.5}}; a 20 % drawdown limit is {"max_drawdown": {"operator": ">=", "value": -0.2}}'),
  optimization_required: z.boolean().default(false).describe('True when the user set targets or asked to optimise/tune'),
  search: z.enum(SEARCH_KINDS).optional()
    .describe('"exhaustive" when the user asked to try every parameter combination ("full grid search", "exhaustive search", "test all parameter combinations"); it implies optimization_required. Absent = the bounded search'),
  portfolio: PortfolioSchema.nullable().default(null).describe('Weights when the user asked for a portfolio, else null'),
  // The engine's own settings schema defines each engine field once, for requests and flags alike.
  fees_bps: ENGINE_FIELDS.fees_bps,
  initial_capital: ENGINE_FIELDS.initial_capital,
  rank_by: MetricKeySchema.default('sharpe_ratio').describe('Metric that ranks the results, best first'),
  slippage_bps: ENGINE_FIELDS.slippage_bps.unwrap().optional().describe('Slippage per fill in basis points, when the user said'),
  allow_short: ENGINE_FIELDS.allow_short.unwrap().optional().describe('Whether strategies may go short, when the user said'),
  interval: BarIntervalSchema.optional().describe('Bar interval when the user named one ("hourly" = 1h, "4-hour candles" = 4h); absent = daily bars'),
  outputs: z.array(OutputKindSchema).optional().describe('Report formats the user asked for ("an HTML report", "as a PNG", "export the trades to CSV")'),
  notes: z.array(z.string()).optional().describe('What the parser wants the user to know, e.g. "ignored: \'stomach\'"'),
}).strict();

export type RequestSpec = z.output<typeof RequestSpecSchema>;
export type RequestSpecInput = z.input<typeof RequestSpecSchema>;
export type StrategyRequest = z.output<typeof StrategyRequestSchema>;
export type MetricTarget = z.output<typeof MetricTargetSchema>;
export type TargetOperator = z.output<typeof TargetOperatorSchema>;
export type Targets = RequestSpec['targets'];
export type SearchKind = (typeof SEARCH_KINDS)[number];
