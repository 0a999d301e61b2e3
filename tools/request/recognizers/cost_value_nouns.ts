import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/**
 * Nouns a memo puts after a cost's noun to name its value, not another cost: "Commission assumption of
 * 3 bps", "fee estimate: 5 bps", "slippage level 2 bps", "commission setting = 0.1%". The amount after
 * them stays the cost's; before, "commission assumption of 3 bps" left the commission at its default.
 */
const COST_VALUE_NOUNS = ['assumption', 'assumptions', 'assumed', 'estimate', 'estimates', 'estimated', 'level', 'levels', 'setting', 'settings',
  'input', 'inputs', 'figure', 'value', 'rate', 'rates'];

/** The index past such a noun right after a cost's noun, or `index` itself. */
export function pastCostValueNoun(tokens: readonly Token[], index: number): number {
  return isWord(tokens[index], ...COST_VALUE_NOUNS) ? index + 1 : index;
}
