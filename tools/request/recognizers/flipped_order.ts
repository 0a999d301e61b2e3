/**
 * "flip it", "reverse it", "the other way round" after a ranking of saved runs: the other end of the
 * same ranking, said without a word for that end (other_end.ts reads "the worst one").
 */
import { matchLongest, phrases } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';

const FLIPPING = phrases('flip|reverse|invert', 'other way round|around', 'upside down');

/** Whether the follow-up turns the ranking round. */
export function flipsOrder(tokens: readonly Token[]): boolean {
  return tokens.some((_, index) => matchLongest(tokens, index, FLIPPING) !== undefined);
}
