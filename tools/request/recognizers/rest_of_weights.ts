import type { Recognizer } from '../clauses.js';
import { matchLongest, phrases, roundClean, skipWords } from '../token_matchers.js';
import { matchSymbolAt } from './symbols.js';

const REST = phrases('the rest|remainder|balance', 'rest|remainder');
const LINKS = phrases('in|into|on|to', 'goes|go|going in|into|to', 'for');

/**
 * "and the rest eth", "the rest in eth" after "put 70% in btc": in a follow-up with no weights of
 * its own, the named holding takes what the conversation's weights leave, and those weights stand
 * (BTC 70 / ETH 30). With no weights so far, or weights adding up to 100 %, nothing is read here.
 */
export const recognizeRestOfWeights: Recognizer = (tokens, index, context) => {
  const weights = context.conversation?.portfolio;
  // Weights already adding up to 100 % leave no rest: "drop sol, the rest to eth" hands over a weight (handed_over_weights.ts).
  const rest = weights && Object.values(weights).reduce((sum, weight) => sum + weight, 0) < 0.999 ? matchLongest(tokens, index, REST) : undefined;
  if (!weights || !rest) return undefined;
  const at = skipWords(tokens, matchLongest(tokens, rest.end, LINKS)?.end ?? rest.end, new Set(['the']));
  const symbol = matchSymbolAt(tokens, at, { shouting: context.shouting, strong: true });
  if (!symbol) return undefined;
  const kept = Object.entries(weights).filter(([held]) => held !== symbol.symbol);
  const left = roundClean(1 - kept.reduce((sum, [, weight]) => sum + weight, 0));
  if (kept.length === 0 || left <= 0) return undefined;
  return { end: symbol.end, clauses: [{ kind: 'portfolio', weights: { ...Object.fromEntries(kept), [symbol.symbol]: left } }] };
};
