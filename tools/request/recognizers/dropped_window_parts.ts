import type { Clause, RecognizerContext, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { addDays } from '../calendar.js';
import { isPunct, isWord, isYearNumber, matchLongest, phrases, skipWords, writtenText } from '../token_matchers.js';
import { readCount, readUnit, UNIT_MONTHS } from './dates.js';
import { WINDOW_WORDS } from './window_changes.js';

/**
 * Follow-ups that take a piece off one end of the window the conversation has:
 * - "drop the first year", "skip the first 6 months", "cut the last year", "chop off the last quarter":
 *   that edge moves in by the span (a window_change, refused when there are no dates yet);
 * - "leave out 2020", "lose 2022": a year at an edge of the window is cut off it; a year inside it
 *   ("drop 2021" from 2020-2023) leaves two windows, which one run cannot cover, so both are read and
 *   the request is refused as naming several (several_periods.ts) rather than run on 2021 alone; a
 *   year outside the window keeps its reading as the new window.
 * A reason right after, naming the dropped period ("2020 was a mess", "that year was weird"), is the
 * why of the cut, not a new window: its year is read here with the cut.
 */
const DROP_VERBS = phrases('drop|skip|cut|lose|exclude|remove|trim|chop|lop|ditch|omit|ignore|without|excluding|except|minus', 'leave|take|cut|throw|chop|lop|strip|knock out|off', 'get rid of');
/** "leave 2020 out", "take the first year off": verbs that drop only with their particle after the part. */
const SPLIT_VERBS = phrases('leave|take|knock');
const SIDES = phrases('first|opening|initial|earliest', 'last|final|closing|latest|latter');
/** "the first year of it", "the last 6 months of the window": words that only say whose part it is. */
const OF_THE_WINDOW = phrases('of it|that|this|those|them', 'of the window|period|run|test|backtest|range');
/** "chop off the first year", "cut the last 6 months off": a particle on either side of the part. */
const PARTICLES: ReadonlySet<string> = new Set(['off', 'out']);
const REASON_LEADS: ReadonlySet<string> = new Set(['since', 'because', 'cause', 'cuz', 'as']);
const REASON_VERBS = ['was', 'were', 'is', 'has', 'had', 'felt', 'looked', 'looks'];

/** "2020 was", "that year was", "those months were": where a reason about the dropped part starts. */
function reasonEnd(tokens: readonly Token[], at: number): number | undefined {
  let index = isPunct(tokens[at], ',', '-', '—', ';') ? at + 1 : at;
  if (isWord(tokens[index]) && REASON_LEADS.has(tokens[index]!.norm)) index++;
  if (isYearNumber(tokens[index])) index++;
  else if (isWord(tokens[index], 'that', 'those', 'the') && readUnit(tokens[index + 1]) !== undefined) index += 2;
  else return undefined;
  return isWord(tokens[index], ...REASON_VERBS) ? index + 1 : undefined;
}

function withReason(tokens: readonly Token[], end: number, clauses: Clause[]): RecognizerMatch {
  return { end: reasonEnd(tokens, end) ?? end, clauses };
}

/** "the first year", "the last 6 months": the side and span in months, and where it ends. */
function readPart(tokens: readonly Token[], at: number): { side: 'first' | 'last'; months: number; end: number } | undefined {
  const sideAt = skipWords(tokens, at, WINDOW_WORDS);
  const side = matchLongest(tokens, sideAt, SIDES);
  if (!side) return undefined;
  const count = readCount(tokens[side.end]);
  const unitAt = count === undefined ? side.end : side.end + 1;
  const unit = readUnit(tokens[unitAt]);
  if (unit === undefined || !Object.hasOwn(UNIT_MONTHS, unit)) return undefined;
  const of = matchLongest(tokens, unitAt + 1, OF_THE_WINDOW);
  return { side: side.which === 0 ? 'first' : 'last', months: (count ?? 1) * UNIT_MONTHS[unit]!, end: of?.end ?? unitAt + 1 };
}

/** The windows left when a year is cut from the conversation's window: one when it touches an edge, two when it lies inside; undefined when it is outside. */
function windowsWithoutYear(year: number, context: RecognizerContext): { start: string; end: string }[] | undefined {
  const { start, end } = context.conversation?.window ?? {};
  if (start === undefined || end === undefined) return undefined;
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (first <= start && last >= start && last < end) return [{ start: addDays(last, 1), end }];
  if (first <= end && last >= end && first > start) return [{ start, end: addDays(first, -1) }];
  if (first > start && last < end) return [{ start, end: addDays(first, -1) }, { start: addDays(last, 1), end }];
  return undefined;
}

export function recognizeDroppedWindowPart(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, DROP_VERBS);
  const split = verb ? undefined : matchLongest(tokens, index, SPLIT_VERBS);
  if (!verb && !split) return undefined;
  const partAt = skipWords(tokens, (verb ?? split)!.end, PARTICLES);
  const afterPart = (at: number): number | undefined => {
    const end = skipWords(tokens, at, PARTICLES);
    return split && end === at ? undefined : end;
  };
  const part = readPart(tokens, partAt);
  if (part) {
    const end = afterPart(part.end);
    if (end === undefined) return undefined;
    const clause: Clause = { kind: 'window_change', edge: part.side === 'first' ? 'start' : 'end', months: part.side === 'first' ? part.months : -part.months, written: writtenText(tokens.slice(index, end)) };
    return withReason(tokens, end, [clause]);
  }
  if (!isYearNumber(tokens[partAt])) return undefined;
  const windows = windowsWithoutYear(tokens[partAt]!.value, context);
  if (!windows) return undefined;
  const end = afterPart(partAt + 1);
  if (end === undefined) return undefined;
  if (windows.length > 1) return withReason(tokens, end, windows.map((window): Clause => ({ kind: 'dates', ...window })));
  const left = windows[0]!;
  const note = `"${writtenText(tokens.slice(index, end))}": ${tokens[partAt]!.text} cut off the window, so it is ${left.start} to ${left.end}`;
  return withReason(tokens, end, [{ kind: 'dates', ...left }, { kind: 'note', text: note }]);
}
