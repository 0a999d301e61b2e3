import type { Recognizer } from '../clauses.js';
import { daysBetween } from '../calendar.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, isYearNumber, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { wholeDates } from './narrowed_periods.js';

/** A speaker's pause between a period and its restatement ("—" reads "-", "..." three "."): "the last year. Last twelve months.", "last month, the past 30 days". */
const PAUSES = ['.', ',', ';', '-', ':'];
/** Words a speaker may put before saying it again: "last year, well, the last 12 months" ("I mean" is a correction: self_corrections.ts). */
const RESPEAKING = phrases('well', 'so', 'say', "let's say");
/** Words of a vague period counted back from now, the kind a speaker pins down by saying it again ("the last year", "past month"). */
const RELATIVE_WORDS = ['last', 'past', 'previous', 'prior', 'recent', 'trailing'];
/** Words after the second period that make it another one asked for: "2024. Last 12 months as well." */
const ADDING = phrases('as well', 'also', 'too', 'and', 'plus');
/** Two spans this many days apart in length or fewer measure the same stretch ("the last year", 366 days, and 2024, 365). */
const SAME_LENGTH_DAYS = 31;

/**
 * "over the, let's say the last year. Last twelve months. Yeah.": a period said again at once as
 * the trailing span of the same length (ending today) that overlaps it is one period, the span
 * (it was refused as calendar 2024 beside the trailing year). Only a vague period counted back
 * from now is pinned down so; a calendar period ("2024. Last 12 months."), spans that do not overlap
 * or differ in length, and a second period added ("... as well", "also") stay two periods, refused as
 * several (several_periods.ts).
 */
export const recognizeRespokenPeriod: Recognizer = (tokens, index, context) => {
  // Read at every token: the vague period's word comes first ("last year", "the past month"), so only then read dates.
  if (![0, 1, 2].some((step) => isWord(tokens[index + step], ...RELATIVE_WORDS))) return undefined;
  const said = wholeDates(tokens, index, context);
  if (!said || !saidVaguely(tokens.slice(index, said.end))) return undefined;
  let at = said.end;
  while (at < said.end + 3 && PAUSES.some((pause) => isPunct(tokens[at], pause))) at++;
  if (at === said.end) return undefined;
  at = matchLongest(tokens, at, RESPEAKING)?.end ?? at;
  if (isPunct(tokens[at], ',')) at++;
  if (isWord(tokens[at], 'the')) at++;
  const again = wholeDates(tokens, at, context);
  if (!again || matchLongest(tokens, again.end, ADDING)) return undefined;
  const first = said.dates;
  const span = again.dates;
  const sameLength = Math.abs(daysBetween(first.start, first.end) - daysBetween(span.start, span.end)) <= SAME_LENGTH_DAYS;
  const overlapping = span.start <= first.end && first.start <= span.end;
  const trailing = span.end === context.today && first.end !== context.today;
  if (!sameLength || !overlapping || !trailing) return undefined;
  const written = writtenText(tokens.slice(index, said.end));
  return { end: again.end, clauses: [span, { kind: 'note', text: `read '${written}' as the period said again right after it: ${span.start} to ${span.end}` }] };
};

/** "last year", "the past month": counted back from now, with no year written. */
function saidVaguely(written: readonly Token[]): boolean {
  return written.some((token) => isWord(token, ...RELATIVE_WORDS)) && !written.some(isYearNumber);
}
