import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { joinedAfter } from './holding_sides.js';

/**
 * "How did holding bitcoin go in 2022 compared with the rsi?", "holding versus trading it with
 * bollinger", "keeping it against the macd": holding, written bare as the subject, with a strategy on
 * the other side of a comparison after it, is a run of its own the user lists (holding_sides.ts).
 * Elsewhere a bare "holding" ("my holdings", "holding period") says nothing, so it stays unread.
 */
const BARE_HOLDING = phrases('holding|hodling', 'keeping it|them', 'sitting on it|them');

function namesOtherStrategy(tokens: readonly Token[]): (at: number) => boolean {
  return (at) => [undefined, 'buy_and_hold'].includes(strategyNameAt(tokens, at)?.id) === false;
}

export const recognizeHoldingCompared: Recognizer = (tokens, index) => {
  const holding = matchLongest(tokens, index, BARE_HOLDING);
  // "just holding" and "vs holding" are read with their lead (strategies.ts).
  if (!holding || isWord(tokens[index - 1], 'just', 'simply', 'only', 'plain', 'vs', 'versus', 'against', 'than', 'of', 'with', 'to')) return undefined;
  return joinedAfter(tokens, holding.end, namesOtherStrategy(tokens)) ? { end: holding.end, clauses: [{ kind: 'strategy', name: 'buy_and_hold' }] } : undefined;
};
