import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, isYearNumber } from '../token_matchers.js';
import type { UnsupportedRule } from './trade_rules.js';

/**
 * Leverage as a desk writes it, clipped to "lev" or "lvg": "w/ 3x lev", "lev 3", "lev 2x", "lvg of 3".
 * The clipped word is leverage only beside its multiple (alone "lev" may be the Bulgarian currency),
 * and is refused like "3x leverage" rather than run unleveraged with "3" left unread.
 */
const CLIPPED_LEVERAGE = ['lev', 'levg', 'lvg', 'lvrg'];

/** "3x", "3 x": the multiple, and the index past it. */
function multipleEnd(tokens: readonly Token[], index: number): number | undefined {
  return isNumber(tokens[index]) && isWord(tokens[index + 1], 'x') ? index + 2 : undefined;
}

/** "3x lev", "lev 3", "lev 2x", "lev of 3", "lev: 3". */
export function readClippedLeverage(tokens: readonly Token[], index: number): { end: number; rule: UnsupportedRule } | undefined {
  const multiple = multipleEnd(tokens, index);
  if (multiple !== undefined && isWord(tokens[multiple], ...CLIPPED_LEVERAGE)) return { end: multiple + 1, rule: 'leverage' };
  if (!isWord(tokens[index], ...CLIPPED_LEVERAGE)) return undefined;
  const at = isWord(tokens[index + 1], 'of', 'at') || isPunct(tokens[index + 1], ':', '=') ? index + 2 : index + 1;
  if (!isNumber(tokens[at]) || isYearNumber(tokens[at])) return undefined;
  return { end: multipleEnd(tokens, at) ?? at + 1, rule: 'leverage' };
}
