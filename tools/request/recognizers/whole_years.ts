import type { Recognizer } from '../clauses.js';
import { isDeniedBefore, isNumber, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';

/**
 * "make it the full year", "run the whole year instead", "extend it to the entire calendar year": the
 * part-year window the conversation has ("H1 2023") widened to its calendar year (2023). A year named
 * after it ("the whole year 2021", "the full year of 2022") is a date (dates.ts), and a denied one ("I
 * don't want the whole year") asks for nothing. Before, the words were refused as not understood.
 * The year still running ("ema 12/26 on eth since march", then "make it the full year") is widened
 * up to today: the rest of it has no bars yet, and was refused as future dates.
 */
const LEADS = phrases('make|making it|this|that', 'extend|widen|stretch|expand|open it|this|that|things to', 'extend|widen|stretch|expand|open it|this|that|things out|up to',
  'run|do|test|use|try it|this|that for|over|on|across', 'run|do|test|use|try', 'for|over|across|on', 'go with', 'go for');
const WHOLE_YEAR = phrases('the full|whole|entire|complete year', 'the full|whole|entire|complete calendar year');

export const recognizeWholeYear: Recognizer = (tokens, index, context) => {
  const lead = matchLongest(tokens, index, LEADS);
  const year = matchLongest(tokens, lead?.end ?? index, WHOLE_YEAR);
  if (!year || isDeniedBefore(tokens, index) || isNumber(tokens[year.end]) || isWord(tokens[year.end], 'of')) return undefined;
  return { end: year.end, clauses: [{ kind: 'whole_year', written: writtenText(tokens.slice(index, year.end)), today: context.today }] };
};

/** The calendar year holding the window, up to `today`, when it lies inside one year; a window across years has no one year to widen to. */
export function wholeYearOf(window: { start: string; end: string }, today: string): { start: string; end: string } | undefined {
  const year = window.start.slice(0, 4);
  const last = `${year}-12-31`;
  return window.end.slice(0, 4) === year ? { start: `${year}-01-01`, end: last < today ? last : today } : undefined;
}
