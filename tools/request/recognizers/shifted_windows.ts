import type { Recognizer } from '../clauses.js';
import { isWord, skipWords, writtenText } from '../token_matchers.js';
import { readSpan, WINDOW_WORDS } from './window_changes.js';

/**
 * "shift the whole window forward two years", "move it back a year", "slide the window 6 months
 * forward", "shift the dates a year earlier": the window keeps its length and both edges move by the
 * span. Without a direction word nothing is read, so "move 10% from BTC to ETH" stays a weight shift.
 */
const SHIFT_VERBS = ['shift', 'move', 'slide', 'push', 'roll', 'nudge'];
const SHIFTED_WORDS: ReadonlySet<string> = new Set([...WINDOW_WORDS, 'whole', 'entire', 'everything', 'all', 'thing']);
const LATER = ['forward', 'forwards', 'ahead', 'later'];
const EARLIER = ['back', 'backward', 'backwards', 'earlier'];

function directionAt(tokens: Parameters<Recognizer>[0], at: number): 1 | -1 | undefined {
  if (isWord(tokens[at], ...LATER)) return 1;
  return isWord(tokens[at], ...EARLIER) ? -1 : undefined;
}

export const recognizeShiftedWindow: Recognizer = (tokens, index) => {
  if (!isWord(tokens[index], ...SHIFT_VERBS)) return undefined;
  const at = skipWords(tokens, index + 1, SHIFTED_WORDS);
  const before = directionAt(tokens, at);
  const spanAt = before === undefined ? at : (isWord(tokens[at + 1], 'by') ? at + 2 : at + 1);
  const span = readSpan(tokens, spanAt);
  if (!span) return undefined;
  const after = before === undefined ? directionAt(tokens, span.end) : undefined;
  const direction = before ?? after;
  if (direction === undefined) return undefined;
  const end = after === undefined ? span.end : span.end + 1;
  return { end, clauses: [{ kind: 'window_change', edge: 'both', months: direction * span.months, written: writtenText(tokens.slice(index, end)) }] };
};
