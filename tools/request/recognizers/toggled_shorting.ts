import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isDeniedBefore, isNumber, isWord, matchLongest, phrases } from '../token_matchers.js';
import { recognizeIntent } from './intent.js';

/**
 * Shorting switched in a follow-up with a verb of switching: "turn shorting back off", "turn shorts on",
 * "switch the short side off again", "flip on shorting", "put shorting back on", and verbless with "back":
 * "shorts back on". The state word says which way; a word turning it down before flips it ("don't turn
 * shorting off"). A word of time after the switch ("no shorts anymore", "allow shorting this time") is read
 * with it, so it is not reported as ignored.
 */
const SWITCH_VERBS = phrases('turn|switch|flip|put|set|toggle');
const SHORT_NOUNS = phrases('short|shorts|shorting', 'short selling', 'short side', 'short positions|trades', 'going short', 'the short|shorts|shorting',
  'the short selling', 'the short side', 'the short positions|trades');
const STATES = ['on', 'off'];
/** "again", "anymore", "this time": when the switch holds, which changes nothing of what it is. */
const TIME_TAILS = phrases('again', 'anymore', 'any more', 'this time', 'for now', 'from now on', 'for this one|run|test');

interface Switched { end: number; on: boolean }

function stateAt(tokens: readonly Token[], index: number): Switched | undefined {
  const at = isWord(tokens[index], 'back') ? index + 1 : index;
  return isWord(tokens[at], ...STATES) ? { end: at + 1, on: tokens[at]!.norm === 'on' } : undefined;
}

/** "turn shorting back off" (noun first) or "turn back on shorting" (state first). */
function verbSwitch(tokens: readonly Token[], index: number): Switched | undefined {
  const verb = matchLongest(tokens, index, SWITCH_VERBS);
  if (!verb) return undefined;
  const noun = matchLongest(tokens, verb.end, SHORT_NOUNS);
  if (noun) return stateAt(tokens, noun.end);
  const state = stateAt(tokens, verb.end);
  const after = state && matchLongest(tokens, state.end, SHORT_NOUNS);
  return state && after ? { end: after.end, on: state.on } : undefined;
}

/** "shorts back on": without a verb only with "back", ending its clause, as "shorts on BTC" says something else. */
function backSwitch(tokens: readonly Token[], index: number): Switched | undefined {
  const noun = matchLongest(tokens, index, SHORT_NOUNS);
  if (!noun || !isWord(tokens[noun.end], 'back')) return undefined;
  const state = stateAt(tokens, noun.end);
  const next = state && tokens[state.end];
  const ends = next === undefined || next.kind === 'punct' || isWord(next, 'please', 'pls', 'and', 'then') || matchLongest(tokens, state!.end, TIME_TAILS) !== undefined;
  return state && ends && !isNumber(next) ? state : undefined;
}

function pastTimeTail(tokens: readonly Token[], index: number): number {
  return matchLongest(tokens, index, TIME_TAILS)?.end ?? index;
}

/** A shorting switch intent.ts reads ("no shorts", "allow shorting"), followed by a word of time. */
function switchBeforeTail(tokens: readonly Token[], index: number, context: Parameters<Recognizer>[2]): RecognizerMatch | undefined {
  const read = recognizeIntent(tokens, index, context);
  const [clause] = read?.clauses ?? [];
  if (!read || read.clauses.length !== 1 || clause?.kind !== 'allow_short') return undefined;
  const end = pastTimeTail(tokens, read.end);
  return end > read.end ? { end, clauses: [clause] } : undefined;
}

export const recognizeToggledShorting: Recognizer = (tokens, index, context) => {
  const switched = verbSwitch(tokens, index) ?? backSwitch(tokens, index);
  if (!switched) return switchBeforeTail(tokens, index, context);
  // "don't turn shorting off" keeps it on.
  const on = switched.on !== isDeniedBefore(tokens, index);
  return { end: pastTimeTail(tokens, switched.end), clauses: [{ kind: 'allow_short', value: on }] };
};
