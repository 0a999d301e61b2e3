import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { isBareYear, monthNumberOf, resolveDatePoint } from './date_points.js';
import { pastNarrowingLink } from './narrowed_periods.js';

/**
 * "period is 2024 year from January to June", "in 2022 from feb till may", "year 2021 from january
 * to june", "for 2020, january through march", "in 2022 — specifically march to june": a year, then a range of months without their year,
 * is those months of that year. Before, the months fell in the latest such months (2025) and the
 * request was refused as naming two periods, or the first month was dropped.
 */
const LEADS = phrases('in|for|during|over|across|within|throughout', 'in|for|during|over|across|within|throughout the year', 'the year',
  'period|window|range|timeframe|dates is|:|=');
const FROM = phrases('from', 'between');
const TO = phrases('to', 'through', 'thru', 'until', 'till', 'til', 'up to|until|till', '-', 'and');

/** The year at `index`, written "2024", "2024 year" or "year 2024": its value and where it ends. */
function readYear(tokens: readonly Token[], index: number): { year: number; end: number } | undefined {
  const at = isWord(tokens[index], 'year') ? index + 1 : index;
  if (!isBareYear(tokens, at)) return undefined;
  const end = at === index && isWord(tokens[at + 1], 'year') ? at + 2 : at + 1;
  return { year: tokens[at]!.value, end };
}

/** A month's bare name at `index`; a day or year after it ("june 15", "june 2023") is another reading's. */
function readMonth(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index];
  const month = isWord(token) ? monthNumberOf(token!.norm) : undefined;
  return month !== undefined && !isNumber(tokens[index + 1]) ? month : undefined;
}

export const recognizeYearThenMonths: Recognizer = (tokens, index, context) => {
  const lead = matchLongest(tokens, index, LEADS);
  const year = readYear(tokens, lead?.end ?? index);
  if (!year) return undefined;
  // "for 2020, january through march", "in 2022 — specifically march to june", "2020 (feb-apr)".
  const link = pastNarrowingLink(tokens, year.end);
  const afterLink = link?.end ?? year.end;
  const from = matchLongest(tokens, afterLink, FROM);
  const firstAt = from?.end ?? afterLink;
  const first = readMonth(tokens, firstAt);
  const to = first === undefined ? undefined : matchLongest(tokens, firstAt + 1, TO);
  // "and" joins a range only after "between"; "2022, march and june" may be two months.
  if (!to || (isWord(tokens[firstAt + 1], 'and') && !isWord(tokens[from?.end === undefined ? -1 : from.end - 1], 'between'))) return undefined;
  const last = readMonth(tokens, to.end);
  // "from November to February" would cross into the next year: left to the other readings.
  if (first === undefined || last === undefined || last < first) return undefined;
  const start = resolveDatePoint({ unit: 'month', month: first, year: year.year, unmistakable: true }, context.today);
  const end = resolveDatePoint({ unit: 'month', month: last, year: year.year, unmistakable: true }, context.today);
  if (!start || !end) return undefined;
  const closed = link?.bracket && isPunct(tokens[to.end + 1], ')') ? to.end + 2 : to.end + 1;
  return { end: closed, clauses: [{ kind: 'dates', start: start.start, end: end.end }] };
};
