import { strategyWordsOf } from './strategy_vocabulary.js';
import type { Token } from './tokenizer.js';
import { strategyNameAt } from './written_strategy_names.js';

/** The longest strategy name that may end right before a spoken number: "moving average crossover". */
const LONGEST_NAME = 4;

/**
 * How many settings may be spoken right at `index`, after the name of a strategy that takes two or
 * more: "sma twenty fifty" is 20 and 50 there, not the year 2050, and "sma fifty two hundred" is 50
 * and 200, not 5200. Zero elsewhere, and after a strategy of one setting or none: "momentum twenty
 * twenty" and "buy and hold twenty twenty-one" stay years.
 */
export function settingsAfterName(tokens: readonly Token[], index: number): number {
  for (let start = Math.max(0, index - LONGEST_NAME); start < index; start++) {
    const name = strategyNameAt(tokens, start);
    const count = name?.end === index ? strategyWordsOf(name.id)?.params.length ?? 0 : 0;
    if (count >= 2) return count;
  }
  return 0;
}
