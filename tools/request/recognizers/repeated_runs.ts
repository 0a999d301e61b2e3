/**
 * "run number 103 again", "do test 103 again", "run #7 one more time": a plain verb of running, a run
 * named by its number, and a word of repeating after it re-run that saved run. The repeat is what
 * makes the number an id: "run number 103" alone may be a setting, and "test 103" alone a request.
 * Asked politely the verb may be left out, the re-run said as a participle right after the run:
 * "could I get run 8 rerun over the past year", "experiment 12 re-run for 2023", "test 103 again".
 */
import { isNumber, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';
import { deleteVerb, experimentIdAt, ID_LEADS, NOUN_LEADS, rerunVerb, runVerb, showVerb, TEST_NOUNS } from './experiment_references.js';
import { EXPERIMENT_NOUNS } from './saved_run_words.js';

/** Words after the run that ask for it once more. */
const REPEATS = phrases('again', 'one more time', 'once more', 'once again', 'a second time', 'another time');
/** How far after the id the repeat may stand: "run number 103 again", "run #103 please one more time". */
const REPEAT_REACH = 3;
/** Years read as dates, not ids, when nothing but a noun marks them: "do test 2023 again" reruns no experiment 2023. */
const YEARS = { from: 1900, to: 2100 };
/** Past participles of re-running, said after the run: "experiment 5 redone" ("rerun" and "re-run" are rerunVerb's). */
const RERUN_PARTICIPLES = ['redone', 'repeated', 'replayed'];

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

/** "run", "execute", "do", "make": a plain verb of running; "pull up run number 12 again" shows the run again, "run" being its noun there. */
function repeatingVerbEnd(tokens: readonly Token[], index: number): number | undefined {
  return runVerb(tokens, index) ?? (isWord(tokens[index], 'do', 'make') ? index + 1 : undefined);
}

/** "run 8", "experiment 12", "test #103", "backtest number 4": a saved run named by its noun and number; a bare year after "run" or "test" is a window. */
function runNamedAt(tokens: readonly Token[], index: number, hashMarked: ReadonlySet<string>): { id: number; end: number } | undefined {
  if (!isWord(tokens[index], ...EXPERIMENT_NOUNS, ...TEST_NOUNS)) return undefined;
  const named = numberedRunAt(tokens, index, hashMarked);
  const number = named && tokens[named.end - 1];
  const bareYear = isWord(tokens[index], 'run', 'runs') && isNumber(number) && number.value >= YEARS.from && number.value <= YEARS.to
    && !ID_LEADS.has(tokens[named!.end - 2]?.norm ?? '') && !hashMarked.has(number.text);
  return bareYear ? undefined : named;
}

/** Words that open a question asking to be reminded: "what was experiment #42 again?" shows it, re-running nothing. */
const RECALL_QUESTIONS = ['what', 'whats', "what's", 'which', 'how', 'when', 'where', 'who'];

/** Where the re-run said right after a run ends: "rerun", "re-run", "redone", or "again", "one more time" outside a question to be reminded. */
function rerunSaidAt(tokens: readonly Token[], at: number): number | undefined {
  if (isWord(tokens[at], ...RERUN_PARTICIPLES)) return at + 1;
  const recalls = tokens.slice(0, at).some((token) => isWord(token, ...RECALL_QUESTIONS));
  return rerunVerb(tokens, at) ?? (recalls ? undefined : matchLongest(tokens, at, REPEATS)?.end);
}

/**
 * "could I get run 8 rerun over the past year", "experiment 12 re-run for 2023", "test 103 again":
 * the run named by its noun and number and the re-run said straight after it, with no verb before
 * it; after a verb that shows or deletes ("pull up run 12 again") the run is shown or deleted.
 * The end returned is after the re-run's words, so the dates after them are the re-run's window.
 */
export function findRunNamedRerun(tokens: readonly Token[], hashMarked: ReadonlySet<string>): { id: number; end: number } | undefined {
  for (let index = 0; index < tokens.length; index++) {
    if (showVerb(tokens, index) !== undefined || deleteVerb(tokens, index) !== undefined) return undefined;
    const named = runNamedAt(tokens, index, hashMarked);
    const end = named && rerunSaidAt(tokens, named.end);
    if (named && end !== undefined) return { id: named.id, end };
  }
  return undefined;
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
