import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';

/** Words after a number that make it a size, whatever it is: "fewer than 2000 trades", "2000 percent". */
const UNITS: readonly string[] = ['trade', 'trades', 'percent', 'pct', 'k', 'm', 'x'];
const RANGE_WORDS: readonly string[] = ['to', 'through', 'thru', 'until', 'till'];

/** A year as written: four digits, no digit group ("2,000" is an amount). */
function looksLikeYear(token: Token | undefined): boolean {
  return token?.kind === 'number' && /^\d{4}$/.test(token.text) && token.value >= 1900 && token.value <= 2100;
}

/**
 * A calendar year is no metric's value: "settings that managed that over 2005-2024" names the
 * period, not a CAGR of 2005%, and "sharpe over 2015" is the same misreading. A year range is
 * never a value; a lone year is one only for a count (`counted`: "number of trades under 2000")
 * or with a unit after it ("fewer than 2000 trades", "a return above 2000%").
 */
export function isYearNotValue(tokens: readonly Token[], index: number, counted: boolean): boolean {
  if (!looksLikeYear(tokens[index])) return false;
  const next = tokens[index + 1];
  if ((isPunct(next, '-', '–', '—') || isWord(next, ...RANGE_WORDS)) && looksLikeYear(tokens[index + 2])) return true;
  return !counted && !isPunct(next, '%') && !isWord(next, ...UNITS);
}
