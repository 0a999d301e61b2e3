import { closest, distance } from 'fastest-levenshtein';
import { BacktestPilotError } from '../errors.js';
import { bollingerBands } from './strategies/bollinger_bands.js';
import { buyAndHold } from './strategies/buy_and_hold.js';
import { donchianBreakout } from './strategies/donchian_breakout.js';
import { emaCrossover } from './strategies/ema_crossover.js';
import { macd } from './strategies/macd.js';
import { momentum } from './strategies/momentum.js';
import { listParamInfo, summarizeParams } from './strategies/param_info.js';
import { rsiMeanReversion } from './strategies/rsi_mean_reversion.js';
import { smaCrossover } from './strategies/sma_crossover.js';
import type { StrategyDefinition, StrategyParams } from './types.js';

/** Every strategy, in display order. A new strategy is one file in strategies/ plus one entry here. */
export const STRATEGIES: readonly StrategyDefinition[] = Object.freeze([
  smaCrossover,
  emaCrossover,
  rsiMeanReversion,
  macd,
  bollingerBands,
  donchianBreakout,
  momentum,
  buyAndHold,
]);

const STRATEGIES_BY_ID: ReadonlyMap<string, StrategyDefinition> = new Map(STRATEGIES.map((strategy) => [strategy.id, strategy]));

export function listStrategyIds(): string[] {
  return STRATEGIES.map((strategy) => strategy.id);
}

/** The known id a typo most likely meant: at most a third of its letters off, else none. */
function suggestStrategyId(id: string, available: string[]): string | undefined {
  if (typeof id !== 'string' || id.length === 0) return undefined;
  const nearest = closest(id, available);
  return distance(id, nearest) <= Math.max(2, Math.floor(nearest.length / 3)) ? nearest : undefined;
}

/** The strategy with this canonical id; `unknown_strategy` (with the known ids) otherwise. */
export function getStrategy(id: string): StrategyDefinition {
  const strategy = STRATEGIES_BY_ID.get(id);
  if (strategy) return strategy;
  const available = listStrategyIds();
  const suggestion = suggestStrategyId(id, available);
  throw new BacktestPilotError(
    'unknown_strategy',
    `unknown strategy "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; ` +
      `available strategies: ${available.join(', ')}`,
    { strategy: id, available_strategies: available },
  );
}

/**
 * The strategy's parameters with defaults filled in, validated by its schema (whole-number
 * windows, ranges, cross-field rules, no unknown names); `bad_parameters` listing every problem
 * and what is allowed otherwise.
 */
export function resolveStrategyParams(id: string, params?: Record<string, unknown>): StrategyParams {
  const strategy = getStrategy(id);
  const parsed = strategy.paramsSchema.safeParse(params ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message);
  throw new BacktestPilotError(
    'bad_parameters',
    `${id}: ${issues.join('; ')}; allowed: ${summarizeParams(strategy.paramsSchema)}`,
    { strategy: id, issues },
  );
}

/** What a user or the model needs to choose a strategy: id, one line, and each parameter. */
export function describeStrategies(): Array<{
  id: string;
  description: string;
  params: Array<{ name: string; default: number; description: string }>;
}> {
  return STRATEGIES.map((strategy) => ({
    id: strategy.id,
    description: strategy.description,
    params: listParamInfo(strategy.paramsSchema).map(({ name, default: defaultValue, description }) => ({
      name, default: defaultValue, description,
    })),
  }));
}
