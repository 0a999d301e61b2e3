import { z } from 'zod';
import { StrategySelectionSchema } from '../backtest/backtest_request.js';
import { EngineSettingsSchema } from '../backtest/engine_settings.js';
import { IsoDateSchema } from '../dates/iso_date.js';
import { BacktestPilotError } from '../errors.js';
import { REBALANCE_SCHEDULES } from './calendar_periods.js';

/** Weights are fractions; Σw may fall short of 1 by any amount (cash) but exceed it only by rounding. */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

/**
 * Input of `btp portfolio` and the portfolio tool: symbols with target weights, the rebalance
 * schedule, a strategy per symbol (buy and hold unless given), the window and the engine settings.
 */
export const PortfolioRequestSchema = z.object({
  symbols: z.array(z.string().min(1)).min(1).max(50).describe('Symbols or aliases in order, e.g. ["BTC", "ETH"]'),
  weights: z.union([z.array(z.number()), z.record(z.string(), z.number())]).optional()
    .describe('Target weight per symbol as fractions, in symbol order or by symbol, e.g. [0.6, 0.4]; omitted = equal weights'),
  rebalance: z.enum(REBALANCE_SCHEDULES).default('monthly')
    .describe('When every symbol goes back to its target weight: none, daily, weekly (ISO), monthly, quarterly, yearly'),
  strategy: StrategySelectionSchema.optional().describe('The strategy every symbol trades; omitted = buy_and_hold'),
  strategies: z.record(z.string(), StrategySelectionSchema).optional()
    .describe('A strategy for particular symbols, by symbol, overriding `strategy`'),
  start: IsoDateSchema.optional().describe('First day, YYYY-MM-DD; omitted = the first day every symbol has data'),
  end: IsoDateSchema.optional().describe('Last day, YYYY-MM-DD; omitted = the last day every symbol has data'),
  interval: z.string().regex(/^\d+[mhdw]$/, 'an interval like 1d or 1h').default('1d'),
  ...EngineSettingsSchema.shape,
});

export type PortfolioRequest = z.output<typeof PortfolioRequestSchema>;
export type PortfolioRequestInput = z.input<typeof PortfolioRequestSchema>;

/** Parses a portfolio request, or `bad_request` listing every problem. */
export function parsePortfolioRequest(input: PortfolioRequestInput): PortfolioRequest {
  const parsed = PortfolioRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'request'}: ${issue.message}`);
    throw new BacktestPilotError('bad_request', `invalid portfolio request: ${issues.join('; ')}`, { issues });
  }
  if (parsed.data.allow_short) {
    throw new BacktestPilotError('bad_request', 'portfolios are long only: a symbol whose strategy targets short holds cash instead; drop allow_short', { allow_short: true });
  }
  return parsed.data;
}

/**
 * The weight of each symbol in order, checked: one per symbol, none negative or non-finite, no
 * symbol named that is not in the list, Σw ≤ 1 (the rest is cash). Omitted weights are equal.
 * `bad_weights` says what was wrong and what is allowed.
 */
export function resolveWeights(symbols: readonly string[], weights: PortfolioRequest['weights']): Float64Array {
  const count = symbols.length;
  if (weights === undefined) return new Float64Array(count).fill(1 / count);
  let values: number[];
  if (Array.isArray(weights)) {
    if (weights.length !== count) {
      throw new BacktestPilotError('bad_weights', `${weights.length} weights for ${count} symbols (${symbols.join(', ')}); give one weight per symbol, in the same order`, {
        symbols, weights,
      });
    }
    values = weights;
  } else {
    const unknown = Object.keys(weights).filter((symbol) => !symbols.includes(symbol));
    if (unknown.length > 0) {
      throw new BacktestPilotError('bad_weights', `weights name ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not in the portfolio; the symbols are ${symbols.join(', ')}`, {
        unknown_symbols: unknown, symbols,
      });
    }
    const missing = symbols.filter((symbol) => !Object.hasOwn(weights, symbol));
    if (missing.length > 0) {
      throw new BacktestPilotError('bad_weights', `no weight for ${missing.join(', ')}; give a weight for every symbol (0 to leave one out)`, { missing_symbols: missing, symbols });
    }
    values = symbols.map((symbol) => weights[symbol]!);
  }
  values.forEach((weight, at) => {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new BacktestPilotError('bad_weights', `the weight of ${symbols[at]} is ${weight}; weights are fractions from 0 to 1 (long only)`, { symbol: symbols[at], weight });
    }
  });
  const sum = values.reduce((total, weight) => total + weight, 0);
  if (sum > 1 + WEIGHT_SUM_TOLERANCE) {
    throw new BacktestPilotError('bad_weights', `weights sum to ${formatPercent(sum)}; they may sum to at most 100% (the rest is held as cash)`, { sum, symbols, weights: values });
  }
  if (!(sum > 0)) {
    throw new BacktestPilotError('bad_weights', 'every weight is 0; give at least one symbol a positive weight', { symbols, weights: values });
  }
  return Float64Array.from(values);
}

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(10))}%`;
}
