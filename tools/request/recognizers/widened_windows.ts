import type { Recognizer } from '../clauses.js';
import { matchLongest, phrases, isWord, skipWords, writtenText } from '../token_matchers.js';
import { readSpan, WINDOW_WORDS } from './window_changes.js';

/**
 * "widen the window by a year on each side", "add a year at both ends", "narrow it by 6 months on
 * each side": both edges move by the span, outwards or inwards, so the window grows or shrinks by
 * twice the span. Without the "each side" words nothing is read ("extend it by a year" moves the end).
 */
const WIDER = ['widen', 'expand', 'broaden', 'extend', 'lengthen', 'pad', 'add', 'grow', 'stretch'];
const NARROWER = ['narrow', 'shrink', 'trim', 'tighten', 'shorten', 'cut'];
const SIDES = phrases('on|at|from|to each|both|either side|sides|end|ends', 'each|both|either side|sides|end|ends');

export const recognizeWidenedWindow: Recognizer = (tokens, index) => {
  const wider = isWord(tokens[index], ...WIDER);
  if (!wider && !isWord(tokens[index], ...NARROWER)) return undefined;
  const at = skipWords(tokens, index + 1, WINDOW_WORDS);
  const span = readSpan(tokens, isWord(tokens[at], 'by') ? at + 1 : at);
  if (!span) return undefined;
  const sides = matchLongest(tokens, span.end, SIDES);
  if (!sides) return undefined;
  const months = wider ? span.months : -span.months;
  const written = writtenText(tokens.slice(index, sides.end));
  return {
    end: sides.end,
    clauses: [
      { kind: 'window_change', edge: 'start', months: -months, written },
      { kind: 'window_change', edge: 'end', months, written },
    ],
  };
};
