import type { Token } from '../tokenizer.js';
import { isNumber, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * "twenty-five hundred to start", "3000 to begin with": a plain number the run is said to start
 * from is its capital, with no currency written. Only "to start" says so ("a 2020 start" is a
 * date), never before "of" ("2020 to start of 2022"), and not for a year written in digits or a
 * count too small to be money.
 */
const TO_START = phrases('to start|begin', 'to start|begin with', 'to start|begin off with');
/**
 * "i have like 2000 to put in", "5000 to invest", "1500 to play with": a sum to be put to work is money
 * even where it looks like a year, as a year is never put in or invested; not after a date's lead
 * ("from 2000 to invest…" stays a date).
 */
const TO_INVEST = phrases('to put in|into|down|aside', 'to invest', 'to invest with', 'to spend', 'to deploy', 'to play|work|trade with');
const DATE_LEADS = ['from', 'since', 'in', 'between', 'of', 'during', 'until', 'till', 'through', 'before', 'after', 'for'];
const SMALLEST_SUM = 100;

/** The end of "to start" or "to invest" after the plain number at `index`, ending at `end`, when it is a starting sum. */
export function startingSumEnd(tokens: readonly Token[], index: number, end: number): number | undefined {
  const number = tokens[index];
  if (!isNumber(number) || end !== index + 1 || number.value < SMALLEST_SUM) return undefined;
  const invest = isWord(tokens[index - 1], ...DATE_LEADS) ? undefined : matchLongest(tokens, end, TO_INVEST);
  if (invest) return invest.end;
  const writtenYear = /^\d{4}$/.test(number.text) && number.value >= 1900 && number.value <= 2100;
  const start = writtenYear ? undefined : matchLongest(tokens, end, TO_START);
  return start && !isWord(tokens[start.end], 'of') ? start.end : undefined;
}
