import type { Clause, Recognizer } from '../clauses.js';
import { readTradedLevels } from './levels_then_trades.js';
import { recognizeStrategy } from './strategies.js';

/**
 * "RSI under 25, I buy", "rsi below 30 I buy, above 70 I sell", "when RSI is over 80, sell": the RSI named,
 * then its level and the trade made there. The name reads as it always does; the levels are its settings.
 */
export const recognizeNamedRsiLevels: Recognizer = (tokens, index, context) => {
  const named = recognizeStrategy(tokens, index, context);
  const isRsi = named?.clauses.some((clause) => clause.kind === 'strategy' && clause.name === 'rsi_mean_reversion');
  const levels = named && isRsi ? readTradedLevels(tokens, named.end) : undefined;
  if (!named || !levels) return undefined;
  const settings = Object.entries(levels.params).map(([name, value]): Clause => ({ kind: 'param', candidates: [name], value }));
  return { end: levels.end, clauses: [...named.clauses, ...settings] };
};
