import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { isBareYear, monthNumberOf, readShortYear, type DatePoint } from './date_points.js';

/**
 * "from feb to may in 2022", "between march and june in 2020", "jan through apr during 2021": the year
 * after a range's yearless end, behind "in", is the whole range's, as "feb to may 2022" is. Before,
 * the year was read alone as a second period (the whole of 2022, with 'feb' ignored) or the months
 * were taken in this year and the request refused as naming two periods.
 */
const YEAR_LEADS = phrases('in|during', 'in|during the year');
const YEARLESS_UNITS: ReadonlySet<DatePoint['unit']> = new Set(['day', 'month', 'quarter', 'half', 'season']);

export function withYearAfterRangeEnd<T extends { point: DatePoint; end: number }>(tokens: readonly Token[], end: T): T {
  const { point } = end;
  if (point.year !== undefined || point.relative !== undefined || !YEARLESS_UNITS.has(point.unit)) return end;
  const lead = matchLongest(tokens, end.end, YEAR_LEADS);
  if (!lead) return end;
  const year = isBareYear(tokens, lead.end) ? { year: tokens[lead.end]!.value, end: lead.end + 1 } : readShortYear(tokens, lead.end);
  // "to may in 2022 and 2023": a list of years after it is no one year of the range.
  if (!year) return end;
  const listed = (isWord(tokens[year.end], 'and', 'or') || isPunct(tokens[year.end], ',')) && isBareYear(tokens, year.end + 1);
  if (listed) return end;
  return { ...end, point: { ...point, year: year.year, unmistakable: true }, end: year.end };
}

/**
 * "may in 2022" closing "from feb to may in 2022": a month's name that is also a word ("may", "mar")
 * is a date here only because the year follows it, behind "in".
 */
export function monthBeforeLedYear(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const month = isWord(tokens[index]) ? monthNumberOf(tokens[index]!.norm) : undefined;
  if (month === undefined) return undefined;
  const bare = { point: { unit: 'month' as const, month, unmistakable: false }, end: index + 1 };
  const dated = withYearAfterRangeEnd(tokens, bare);
  return dated === bare ? undefined : dated;
}
