import type { Clause, Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, skipWords, writtenText } from '../token_matchers.js';
import { readCount, readUnit, UNIT_MONTHS } from './dates.js';

/** Words between the verb and the span that name what changes: "make it", "extend the window". */
export const WINDOW_WORDS: ReadonlySet<string> = new Set(['it', 'the', 'this', 'that', 'my', 'our', 'window', 'period', 'test', 'backtest', 'range', 'dates', 'run', 'history', 'lookback', 'sample']);
const MORE_WORDS = ['more', 'extra', 'additional', 'further'];

/** "2 years", "two more years", "another year", "6 more months": a span in whole months. */
export function readSpan(tokens: readonly Token[], at: number): { months: number; end: number } | undefined {
  let count = readCount(tokens[at]);
  let unitAt = at + 1;
  if (isWord(tokens[at], 'another')) {
    const counted = readCount(tokens[at + 1]);
    count = counted ?? 1;
    unitAt = counted === undefined ? at + 1 : at + 2;
  } else if (count === undefined) return undefined;
  if (isWord(tokens[unitAt], ...MORE_WORDS)) unitAt += 1;
  const unit = readUnit(tokens[unitAt]);
  if (unit === undefined || !Object.hasOwn(UNIT_MONTHS, unit)) return undefined;
  return { months: count! * UNIT_MONTHS[unit]!, end: unitAt + 1 };
}

function change(tokens: readonly Token[], index: number, end: number, edge: 'start' | 'end', months: number): { end: number; clauses: Clause[] } {
  return { end, clauses: [{ kind: 'window_change', edge, months, written: writtenText(tokens.slice(index, end)) }] };
}

/**
 * Follow-ups that move an edge of the window the conversation already has, by a span:
 * - "make it 2 years longer" / "6 months shorter": the end moves (the note says how to move the start instead);
 * - "extend it by a year", "shorten the window by 6 months": the end; "extend it back by 2 years": the start;
 * - "go back two more years", "add another year before": the start, earlier;
 * - "start a year earlier|later", "end 6 months earlier|later": that edge;
 * - "add 2 more years": the end, later.
 * A conversation with no dates yet has nothing to move: the message is refused (window_change_check.ts).
 */
export const recognizeWindowChange: Recognizer = (tokens, index) => {
  const first = tokens[index];
  if (isWord(first, 'make', 'makes')) {
    const span = readSpan(tokens, skipWords(tokens, index + 1, WINDOW_WORDS));
    if (span && isWord(tokens[span.end], 'longer', 'shorter')) return change(tokens, index, span.end + 1, 'end', isWord(tokens[span.end], 'longer') ? span.months : -span.months);
    return undefined;
  }
  if (isWord(first, 'extend', 'lengthen', 'shorten')) {
    const at = skipWords(tokens, index + 1, WINDOW_WORDS);
    const back = isWord(tokens[at], 'back', 'backwards', 'backward');
    const byAt = back ? at + 1 : at;
    if (!isWord(tokens[byAt], 'by')) return undefined;
    const span = readSpan(tokens, byAt + 1);
    if (!span) return undefined;
    if (back) return change(tokens, index, span.end, 'start', -span.months);
    return change(tokens, index, span.end, 'end', isWord(first, 'shorten') ? -span.months : span.months);
  }
  if (isWord(first, 'go', 'look', 'reach') && isWord(tokens[index + 1], 'back')) {
    const span = readSpan(tokens, index + 2);
    return span && change(tokens, index, span.end, 'start', -span.months);
  }
  if (isWord(first, 'start', 'begin', 'end', 'finish', 'stop')) {
    const span = readSpan(tokens, skipWords(tokens, index + 1, WINDOW_WORDS));
    if (!span || !isWord(tokens[span.end], 'earlier', 'sooner', 'later')) return undefined;
    const edge = isWord(first, 'start', 'begin') ? 'start' : 'end';
    return change(tokens, index, span.end + 1, edge, isWord(tokens[span.end], 'later') ? span.months : -span.months);
  }
  if (isWord(first, 'add')) {
    const span = readSpan(tokens, index + 1);
    if (!span) return undefined;
    if (isWord(tokens[span.end], 'before', 'earlier', 'back')) return change(tokens, index, span.end + 1, 'start', -span.months);
    if (isWord(tokens[span.end], 'after', 'later')) return change(tokens, index, span.end + 1, 'end', span.months);
    return change(tokens, index, span.end, 'end', span.months);
  }
  return undefined;
};
