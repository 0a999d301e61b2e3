import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, skipWords, writtenText } from '../token_matchers.js';
import { readSpan } from './window_changes.js';

/**
 * "push the start back a year", "move the end forward 6 months", "pull the start in by 3 months",
 * "bring the end date out by a year": a verb, the edge named as a noun, a direction and a span.
 * Only that edge moves. "in" narrows the window and "out" widens it, so their sign depends on the
 * edge. Without an edge noun nothing is read: "move it back a year" shifts the whole window
 * (shifted_windows.ts).
 */
const MOVE_VERBS = ['push', 'move', 'pull', 'shift', 'bring', 'slide', 'nudge', 'set', 'put', 'roll', 'take'];
const EDGE_LEADS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'its', "window's", "test's"]);
const START_NOUNS = ['start', 'beginning', 'starting', 'begin'];
const END_NOUNS = ['end', 'ending', 'finish', 'cutoff'];
/** "the start date", "the end point", "the start of the window": words that only restate the edge. */
const EDGE_TAILS: ReadonlySet<string> = new Set(['date', 'point', 'year', 'of', 'the', 'window', 'test', 'backtest', 'range', 'period', 'run']);
const LATER = ['forward', 'forwards', 'ahead', 'later', 'up'];
const EARLIER = ['back', 'backward', 'backwards', 'earlier'];

type Edge = 'start' | 'end';

/** +1 when the edge moves later in time, -1 when earlier; "in"/"out" read against the edge. */
function directionAt(token: Token | undefined, edge: Edge): 1 | -1 | undefined {
  if (isWord(token, ...LATER)) return 1;
  if (isWord(token, ...EARLIER)) return -1;
  if (isWord(token, 'in', 'inwards')) return edge === 'start' ? 1 : -1;
  if (isWord(token, 'out', 'outwards')) return edge === 'start' ? -1 : 1;
  return undefined;
}

export const recognizeMovedWindowEdge: Recognizer = (tokens, index) => {
  if (!isWord(tokens[index], ...MOVE_VERBS)) return undefined;
  const nounAt = skipWords(tokens, index + 1, EDGE_LEADS);
  const edge: Edge | undefined = isWord(tokens[nounAt], ...START_NOUNS) ? 'start' : isWord(tokens[nounAt], ...END_NOUNS) ? 'end' : undefined;
  if (!edge) return undefined;
  const at = skipWords(tokens, nounAt + 1, EDGE_TAILS);
  const before = directionAt(tokens[at], edge);
  // "back by a year", "by a year earlier": "by" may stand before the span either way.
  const spanAt = before === undefined ? at : at + 1;
  const span = readSpan(tokens, isWord(tokens[spanAt], 'by') ? spanAt + 1 : spanAt);
  if (!span) return undefined;
  const after = before === undefined ? directionAt(tokens[span.end], edge) : undefined;
  const direction = before ?? after;
  if (direction === undefined) return undefined;
  const end = after === undefined ? span.end : span.end + 1;
  return { end, clauses: [{ kind: 'window_change', edge, months: direction * span.months, written: writtenText(tokens.slice(index, end)) }] };
};
