import type { Token } from '../tokenizer.js';
import { isNumber, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * "twenty-five hundred to start", "3000 to begin with": a plain number the run is said to start
 * from is its capital, with no currency written. Only "to start" says so ("a 2020 start" is a
 * date), never before "of" ("2020 to start of 2022"), and not for a year written in digits or a
 * count too small to be money.
 */
const TO_START = phrases('to start|begin', 'to start|begin with', 'to start|begin off with');
const SMALLEST_SUM = 100;

/** The end of "to start" after the plain number at `index`, ending at `end`, when it is a starting sum. */
export function startingSumEnd(tokens: readonly Token[], index: number, end: number): number | undefined {
  const number = tokens[index];
  if (!isNumber(number) || end !== index + 1 || number.value < SMALLEST_SUM) return undefined;
  const writtenYear = /^\d{4}$/.test(number.text) && number.value >= 1900 && number.value <= 2100;
  const start = writtenYear ? undefined : matchLongest(tokens, end, TO_START);
  return start && !isWord(tokens[start.end], 'of') ? start.end : undefined;
}
