import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import { isWholeSplit } from '../written_weights.js';
import { readWeightGroup, toFractions } from './portfolio.js';

/** Nouns that say the numbers before them share out money: "a 50/50 split", "a 70-30 mix". */
const SPLIT_NOUNS = ['split', 'mix', 'blend', 'allocation', 'weighting'];

/**
 * "ema cross 50/50 split": a whole split named by its noun is the holdings' weights, never a
 * crossover's windows (50/50 was taken as short 50 and long 50, and refused as bad_parameters).
 */
export function isNamedSplitAt(tokens: readonly Token[], index: number): boolean {
  const group = readWeightGroup(tokens, index);
  return group !== undefined && isWord(tokens[group.end], ...SPLIT_NOUNS) && isWholeSplit(toFractions(group.weights, group.percent));
}
