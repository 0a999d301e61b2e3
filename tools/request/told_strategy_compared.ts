import type { PlacedClause } from './read_clauses.js';
import type { Token } from './tokenizer.js';
import { isWord, matchLongest, phrases } from './token_matchers.js';

/**
 * "He says you buy when the 50 day average goes above the 200 day. Could you compare that to simply
 * holding SPY?": the ask puts holding beside "that", the strategy the story told of, so holding is
 * the other side of the comparison, not the one strategy asked for; the told strategy stays a run.
 */
const POINTED_COMPARISONS = phrases('compare|comparing|contrast that|this|it to|with|against|versus|vs',
  'stack|stacks that|this|it up against|to|with', 'put|set that|this|it next to|beside|alongside', 'that|this vs|versus|against');

/** Whether a sentence other than the story's compares what it points back to with holding, the only strategy the ask names. */
export function comparesToldWithHolding(tokens: readonly Token[], asking: readonly PlacedClause[], isStory: (sentence: number) => boolean): boolean {
  const strategies = asking.filter((item) => item.clause.kind === 'strategy');
  if (strategies.length === 0 || strategies.some((item) => item.clause.kind === 'strategy' && item.clause.name !== 'buy_and_hold')) return false;
  return tokens.some((token, at) => !isStory(token.sentence) && isWord(token) && matchLongest(tokens, at, POINTED_COMPARISONS) !== undefined
    && strategies.some((item) => item.sentence === token.sentence && item.position >= at));
}
