import type { Token } from '../tokenizer.js';
import { matchLongest, phrases } from '../token_matchers.js';

/**
 * Where a cost is charged, between its noun and its amount: "the fee on my app is 0.25%", "fees at
 * my broker are 0.1%", "commission with the exchange of 5 bps". The place says whose fee it is,
 * not a different cost, so the amount after it stays the noun's.
 */
const COST_PLACES = phrases('on|at|with|from|in|through|via my|the|our app|broker|brokerage|exchange|platform|account|bank|site|venue',
  'on|at|with|from|in|through|via my|the|our trading|brokerage|investing app|platform|account');

/** The index past a place after a cost's noun, or `index` itself. */
export function pastCostPlace(tokens: readonly Token[], index: number): number {
  return matchLongest(tokens, index, COST_PLACES)?.end ?? index;
}
