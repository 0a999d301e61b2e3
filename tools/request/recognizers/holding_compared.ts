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

const COMPARE_VERBS = ['compare', 'comparing', 'contrast', 'contrasting'];

/**
 * "and compare that to holding btc", "compare it with holding": the comparison's object stands
 * before "to", so holding is the other side named, a run of its own (as "compare it to just holding"
 * is in strategies.ts). "compare to holding" with no object is a run only when the message names no
 * other strategy; else holding is the yardstick that strategy is measured against.
 */
function comparedObjectTo(tokens: readonly Token[], index: number, namesOther: (at: number) => boolean): boolean {
  const preposition = index - 1;
  // "compare that against holding": "against" and "versus" join the two sides as "to" and "with" do.
  if (!isWord(tokens[preposition], 'to', 'with', 'against', 'versus', 'vs')) return false;
  const sentence = tokens[index]!.sentence;
  const verbAt = tokens.findIndex((token, at) => at < preposition && token.sentence === sentence && isWord(token, ...COMPARE_VERBS));
  if (verbAt === -1) return false;
  return verbAt < preposition - 1 || !tokens.some((_, at) => namesOther(at));
}

export const recognizeHoldingCompared: Recognizer = (tokens, index) => {
  const holding = matchLongest(tokens, index, BARE_HOLDING);
  if (holding && comparedObjectTo(tokens, index, namesOtherStrategy(tokens))) return { end: holding.end, clauses: [{ kind: 'strategy', name: 'buy_and_hold' }] };
  // "just holding" and "vs holding" are read with their lead (strategies.ts).
  if (!holding || isWord(tokens[index - 1], 'just', 'simply', 'only', 'plain', 'vs', 'versus', 'against', 'than', 'of', 'with', 'to')) return undefined;
  return joinedAfter(tokens, holding.end, namesOtherStrategy(tokens)) ? { end: holding.end, clauses: [{ kind: 'strategy', name: 'buy_and_hold' }] } : undefined;
};
