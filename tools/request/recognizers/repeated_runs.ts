/**
 * "run number 103 again", "do test 103 again", "run #7 one more time": a plain verb of running, a run
 * named by its number, and a word of repeating after it re-run that saved run. The repeat is what
 * makes the number an id: "run number 103" alone may be a setting, and "test 103" alone a request.
 */
import { isNumber, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';
import { experimentIdAt, ID_LEADS, NOUN_LEADS, runVerb, TEST_NOUNS } from './experiment_references.js';

/** Words after the run that ask for it once more. */
const REPEATS = phrases('again', 'one more time', 'once more', 'once again', 'a second time', 'another time');
/** How far after the id the repeat may stand: "run number 103 again", "run #103 please one more time". */
const REPEAT_REACH = 3;
/** Years read as dates, not ids, when nothing but a noun marks them: "do test 2023 again" reruns no experiment 2023. */
const YEARS = { from: 1900, to: 2100 };

/** The id right after the verb's end: "number 103", "the test 103", "#103" (hash-marked), with the noun or an id lead before the number. */
function numberedRunAt(tokens: readonly Token[], from: number, hashMarked: ReadonlySet<string>): { id: number; end: number } | undefined {
  const at = skipWords(tokens, from, NOUN_LEADS);
  const named = experimentIdAt(tokens, at, true, hashMarked);
  if (named) return named;
  if (isWord(tokens[at]) && ID_LEADS.has(tokens[at]!.norm)) return experimentIdAt(tokens, at, false);
  const number = tokens[at + 1];
  const yearLike = isNumber(number) && number.value >= YEARS.from && number.value <= YEARS.to;
  return isWord(tokens[at], ...TEST_NOUNS) && !yearLike ? experimentIdAt(tokens, at + 1, false) : undefined;
}

function repeatedAfter(tokens: readonly Token[], end: number): boolean {
  for (let at = end; at <= end + REPEAT_REACH && at < tokens.length; at++) {
    if (matchLongest(tokens, at, REPEATS)) return true;
  }
  return false;
}

/** "run", "execute", "do": a plain verb of running; "pull up run number 12 again" shows the run again, "run" being its noun there. */
function repeatingVerbEnd(tokens: readonly Token[], index: number): number | undefined {
  return runVerb(tokens, index) ?? (isWord(tokens[index], 'do') ? index + 1 : undefined);
}

/** The first run named by number after a plain verb of running and asked for again, with the index after its id. */
export function findRepeatedRun(tokens: readonly Token[], hashMarked: ReadonlySet<string>): { id: number; end: number } | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const verbEnd = repeatingVerbEnd(tokens, index);
    const found = verbEnd === undefined ? undefined : numberedRunAt(tokens, verbEnd, hashMarked);
    if (found && repeatedAfter(tokens, found.end)) return found;
  }
  return undefined;
}
