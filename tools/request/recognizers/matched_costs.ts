import type { Recognizer } from '../clauses.js';
import { matchLongest, phrases, skipWords } from '../token_matchers.js';
import { COST_WORDS, type CostKind } from './money.js';

/**
 * "and slippage same as the fees", "fees same as slippage", "slippage equal to the fees", "make the
 * slippage match the fees": one cost set to whatever the other is at that point of the conversation.
 * The value is not written, so it is taken when the message is applied (apply_message.ts); with the
 * other cost never set the edit is refused rather than guessed (unappliable_edits.ts).
 */
const SAME_AS = phrases('same as', 'the same as', 'equal to', 'equals', 'equal', 'matching', 'match', 'matches', 'identical to', 'as high as');
const OTHER: Readonly<Record<CostKind, CostKind>> = { fees: 'slippage', slippage: 'fees' };
const FILLERS = new Set(['the', 'my', 'our', 'its', 'set', 'make', 'should', 'be', 'is', 'to', 'at', 'just']);
const COSTS: readonly CostKind[] = ['fees', 'slippage'];

export const recognizeMatchedCost: Recognizer = (tokens, index) => {
  const cost = COSTS.find((kind) => matchLongest(tokens, index, COST_WORDS[kind]));
  if (!cost) return undefined;
  const noun = matchLongest(tokens, index, COST_WORDS[cost])!;
  const same = matchLongest(tokens, skipWords(tokens, noun.end, FILLERS), SAME_AS);
  if (!same) return undefined;
  const other = matchLongest(tokens, skipWords(tokens, same.end, FILLERS), COST_WORDS[OTHER[cost]]);
  if (!other) return undefined;
  const written = tokens.slice(index, other.end).map((token) => token.text).join(' ');
  return { end: other.end, clauses: [{ kind: 'match_cost', cost, written }] };
};
