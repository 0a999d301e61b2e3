import type { Recognizer } from '../clauses.js';
import { isPunct, isWord, writtenText } from '../token_matchers.js';
import { readCount, readUnit, UNIT_DAYS, UNIT_MONTHS } from './dates.js';

const LOOKBACK_WORDS = ['lookback', 'lookbacks'];

/**
 * "a 1 year lookback", "lookback of 6 months": a lookback given as a span of time. Lookbacks count
 * bars, and a year is 252 bars of a stock but 365 of a coin, so it is refused with both readings
 * (../span_parameters.ts) rather than read as one of them, or dropped for the default.
 */
export const recognizeSpanParameter: Recognizer = (tokens, index) => {
  const leadingLookback = isWord(tokens[index], ...LOOKBACK_WORDS);
  const countAt = leadingLookback ? (isWord(tokens[index + 1], 'of', 'over') ? index + 2 : index + 1) : index;
  const count = readCount(tokens[countAt]);
  if (count === undefined) return undefined;
  const unit = readUnit(tokens[countAt + 1]);
  if (unit === undefined) return undefined;
  const days = Object.hasOwn(UNIT_MONTHS, unit) ? undefined : UNIT_DAYS[unit];
  const months = Object.hasOwn(UNIT_MONTHS, unit) ? count * UNIT_MONTHS[unit]! : undefined;
  if (months === undefined && (days === undefined || days === 1)) return undefined;
  let end = countAt + 2;
  if (!leadingLookback) {
    if (isPunct(tokens[end], '-')) end += 1;
    if (!isWord(tokens[end], ...LOOKBACK_WORDS)) return undefined;
    end += 1;
  }
  const weeks = months === undefined ? (count * days!) / 7 : undefined;
  return { end, clauses: [{ kind: 'span_parameter', written: writtenText(tokens.slice(index, end)), ...(months !== undefined ? { months } : { weeks: weeks! }) }] };
};
