/**
 * How a question names the saved experiment it is about: by its id ("experiment 12", "#12", "run
 * number twelve") after a verb that shows, re-runs or deletes it, or by pointing back ("rerun that one").
 */
import { ExperimentIdSchema } from '../../numbers/experiment_id.js';
import { matchMisspelledName } from '../fuzzy_names.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';
import { EXPERIMENT_NOUNS } from './saved_run_words.js';

const RERUN_WORDS = ['rerun', 'repeat', 'replay', 'redo', 'relaunch', 'reexecute', 'rexecute'];
/** "re-launch", "re-execute", "re-do": a re- verb written with its hyphen, three tokens. */
const HYPHENED_RERUN_STEMS = ['run', 'launch', 'execute', 'do'];
/** Plain verbs of doing a run that "again" straight after makes a re-run; "make" as second-language writers say "do". */
const AGAIN_LEADS = ['run', 'do', 'make', 'launch', 'execute'];
const DELETE_WORDS = ['delete', 'remove', 'forget', 'drop', 'erase'];
const SHOW_WORDS = ['show', 'open', 'display', 'view', 'describe', 'details'];
/** "pull up run 42", "bring up experiment 7": phrasal verbs that show. */
const SHOW_PHRASAL = ['pull', 'bring', 'look'];

/** Where a verb ends when it starts at `index`, else undefined; "re-run" is three tokens. */
type VerbMatcher = (tokens: readonly Token[], index: number) => number | undefined;

const verbs = (...forms: string[]): VerbMatcher => (tokens, index) => (isWord(tokens[index], ...forms) ? index + 1 : undefined);

export const showVerb: VerbMatcher = (tokens, index) => {
  const end = isWord(tokens[index], ...SHOW_PHRASAL) && isWord(tokens[index + 1], 'up') ? index + 2 : verbs(...SHOW_WORDS)(tokens, index);
  // "show me #42", "pull me up run 7": who it is shown to is no part of what is shown.
  return end !== undefined && isWord(tokens[end], 'me') ? end + 1 : end;
};

export const rerunVerb: VerbMatcher = (tokens, index) => {
  const end = rerunWordEnd(tokens, index);
  // "a rerun of 14 over 2022": the noun, with what it re-runs after "of".
  return end !== undefined && isWord(tokens[end], 'of') ? end + 1 : end;
};

function rerunWordEnd(tokens: readonly Token[], index: number): number | undefined {
  if (isWord(tokens[index], 're') && isPunct(tokens[index + 1], '-') && isWord(tokens[index + 2], ...HYPHENED_RERUN_STEMS)) return index + 3;
  // "run again experiment 17", "launch again 17", "make again the experiment 23": "again" straight after the verb makes it a re-run.
  if (isWord(tokens[index], ...AGAIN_LEADS) && isWord(tokens[index + 1], 'again')) return index + 2;
  return verbs(...RERUN_WORDS)(tokens, index);
}

/** Plain "run" as a verb; after a verb that shows ("pull up run #42") it is the noun. */
export const runVerb: VerbMatcher = (tokens, index) => {
  const shownBefore = [1, 2, 3].some((back) => index >= back && showVerb(tokens, index - back) === index);
  return shownBefore ? undefined : verbs('run', 'execute', 'launch')(tokens, index);
};

export const deleteVerb: VerbMatcher = verbs(...DELETE_WORDS);

/** "experimnt", "experment": the nouns of this grammar misspelled, by the one edit-distance rule (fuzzy_names.ts). */
export function correctNouns(tokens: readonly Token[]): Token[] {
  return tokens.map((token) => {
    const meant = isWord(token) && !EXPERIMENT_NOUNS.includes(token.norm) ? matchMisspelledName(token.norm, SPELLED_NOUNS) : undefined;
    return meant ? { ...token, norm: meant } : token;
  });
}
const SPELLED_NOUNS = ['experiment', 'experiments'];

/**
 * Numbers written "#42": the tokenizer drops the "#", which marks the number as an id as the noun
 * "experiment" would ("show me #42 details" after a listing of "#42 ..." lines).
 */
export function hashMarkedNumbers(text: string): ReadonlySet<string> {
  return new Set([...text.matchAll(/#\s*(\d+)/g)].map((match) => match[1]!));
}
const NO_MARKED_NUMBERS: ReadonlySet<string> = new Set();

/** `[experiment | run] N` starting at `index`: the id and the index after it. */
export function experimentIdAt(tokens: readonly Token[], index: number, nounRequired: boolean, hashMarked = NO_MARKED_NUMBERS): { id: number; end: number } | undefined {
  const markEnd = idMarkEnd(tokens, index);
  const hasNoun = markEnd !== undefined || isWord(tokens[index], ...EXPERIMENT_NOUNS) || namesTestById(tokens, index, hashMarked);
  if (nounRequired && !hasNoun && !(isNumber(tokens[index]) && hashMarked.has(tokens[index]!.text))) return undefined;
  // "experiment number 17", "experiment #17", "experiment no. 17", "rerun the number 12".
  const leadEnd = skipWords(tokens, markEnd ?? (hasNoun ? index + 1 : index), ID_LEADS);
  // "no. 7": the abbreviation's point is no full stop.
  const numberAt = leadEnd > index && isPunct(tokens[leadEnd], '.') && isWord(tokens[leadEnd - 1], ...ABBREVIATED_LEADS) ? leadEnd + 1 : leadEnd;
  const number = tokens[numberAt];
  // "7f3a9c" is no experiment 7: letters joined to the digits make it another kind of id.
  if (tokens[numberAt + 1]?.joined && isWord(tokens[numberAt + 1])) return undefined;
  // The id as written, by the one id rule: "1e0" or "2.0" names no experiment; a number in words ("twelve") by its value.
  const written = isNumber(number) && /^\d/.test(number.text) ? number.text : isNumber(number) ? String(number.value) : undefined;
  const id = written === undefined ? undefined : ExperimentIdSchema.safeParse(written);
  if (!id?.success) return undefined;
  return { id: id.data, end: numberAt + 1 };
}

export const ID_LEADS: ReadonlySet<string> = new Set(['number', 'no', 'no.', '#', 'id', 'nr', 'num']);

/** Nouns that name a saved run only with an id lead after them: "test number 23", "backtest #8", never "test 2023". */
export const TEST_NOUNS = ['test', 'backtest'];

/** "the one with id 9", "the run numbered 9", "id 9": words marking the number after them as a run's id, as the noun "experiment" does. */
const ID_MARKS = phrases('id', 'numbered');
/** "with id 9" only after its noun: "run with id 9" is the verb "run" before it. */
const NOUN_ID_MARKS = phrases('id', 'numbered', 'with id|number', 'with the id|number');
const MARKED_NOUNS = ['one', ...EXPERIMENT_NOUNS, ...TEST_NOUNS];

/** Where an id mark ("id", "numbered", "the one with id"), with the noun it may follow, ends when it starts at `index`. */
function idMarkEnd(tokens: readonly Token[], index: number): number | undefined {
  if (isWord(tokens[index], ...MARKED_NOUNS)) return matchLongest(tokens, index + 1, NOUN_ID_MARKS)?.end;
  return matchLongest(tokens, index, ID_MARKS)?.end;
}

/** "test number 23", "backtest no. 8", "test #23": a test named by its id, as "experiment 23" is. */
function namesTestById(tokens: readonly Token[], index: number, hashMarked: ReadonlySet<string>): boolean {
  if (!isWord(tokens[index], ...TEST_NOUNS)) return false;
  const next = tokens[index + 1];
  return (isWord(next) && ID_LEADS.has(next!.norm)) || (isNumber(next) && hashMarked.has(next.text));
}
const ABBREVIATED_LEADS = ['no', 'nr', 'num'];
export const NOUN_LEADS: ReadonlySet<string> = new Set(['the', 'my', 'saved', 'stored', 'old', 'earlier', 'previous']);

/** The first "<verb> [the] [saved] [experiment] [number] N" in the message. */
export function findAfterVerb(tokens: readonly Token[], verb: VerbMatcher, nounRequired: boolean, hashMarked = NO_MARKED_NUMBERS): { id: number; end: number } | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const after = verb(tokens, index);
    if (after === undefined) continue;
    const found = experimentIdAt(tokens, skipWords(tokens, after, NOUN_LEADS), nounRequired, hashMarked);
    if (found) return found;
  }
  return undefined;
}

/** "that one", "this run", "the same experiment": a run pointed back to, not numbered. */
const ANAPHOR_DETERMINERS = phrases('that', 'this', 'the same', 'same');
const ANAPHOR_NOUNS = ['one', 'experiment', 'exp', 'expt', 'run', 'test', 'backtest'];

/**
 * Which of the runs named so far a pointer stands for: the latest ("it", "that one"), the first
 * ("the first one I asked about") or the one before the latest ("the earlier one", "the one before").
 */
export type PointedPlace = 'latest' | 'first' | 'before_latest';

/** "the first one", "the earlier run", "the previous experiment": a run told apart from the latest by its place. */
const PLACED_DETERMINERS = phrases('the first|earlier|previous', 'the very first');
/** "the one before", "the one before that": the run named before the latest. */
const ONE_BEFORE = phrases('the one before that|it', 'the one before');

/** Where a pointer to an experiment ("it", "that one", "the first one") starting at `index` ends, and which run it points to. */
function pointerAt(tokens: readonly Token[], index: number): { end: number; place: PointedPlace } | undefined {
  if (isWord(tokens[index], 'it')) return { end: index + 1, place: 'latest' };
  const before = matchLongest(tokens, index, ONE_BEFORE);
  if (before) return { end: before.end, place: 'before_latest' };
  const placed = matchLongest(tokens, index, PLACED_DETERMINERS);
  if (placed && isWord(tokens[placed.end], ...ANAPHOR_NOUNS)) {
    return { end: placed.end + 1, place: isWord(tokens[placed.end - 1], 'first') ? 'first' : 'before_latest' };
  }
  const determiner = matchLongest(tokens, index, ANAPHOR_DETERMINERS);
  if (!determiner) return undefined;
  return { end: isWord(tokens[determiner.end], ...ANAPHOR_NOUNS) ? determiner.end + 1 : determiner.end, place: 'latest' };
}

/** The experiment named earlier that a pointer stands for: `before` it in its message, then in earlier messages. */
export type EarlierExperiment = (before: readonly Token[], place: PointedPlace) => number | undefined;

/** What must follow the pointer for the verb to re-run it: "run that again", never a plain "run that on eth". */
type AfterPointer = (tokens: readonly Token[], end: number) => boolean;
const ANYTHING_AFTER: AfterPointer = () => true;

/**
 * The first "<verb> it" / "<verb> that one" in the message whose experiment was named earlier: "I
 * liked experiment 17 … can you rerun it for 2021?", "rerun that one" after "show experiment 17",
 * or "rerun the first one" after "show experiment 12" and "now #15" (12).
 */
export function findAnaphorAfterVerb(tokens: readonly Token[], verb: VerbMatcher, earlier: EarlierExperiment, after = ANYTHING_AFTER): { id: number; end: number } | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const verbEnd = verb(tokens, index);
    const pointer = verbEnd === undefined ? undefined : pointerAt(tokens, verbEnd);
    if (pointer === undefined || !after(tokens, pointer.end)) continue;
    const id = earlier(tokens.slice(0, index), pointer.place);
    if (id !== undefined) return { id, end: pointer.end };
  }
  return undefined;
}

/** "run that again", "do it again", "run this one again": a plain verb whose pointer "again" follows re-runs it. */
export function findRunAgain(tokens: readonly Token[], earlier: EarlierExperiment): { id: number; end: number } | undefined {
  return findAnaphorAfterVerb(tokens, AGAIN_VERB, earlier, (all, end) => isWord(all[end], 'again'));
}
const AGAIN_VERB = verbs('run', 'do', 'execute', 'launch');

/** Whether the message points to a run other than the latest ("the first one", "the one before"), whatever verb is before it. */
export function pointsPastLatest(tokens: readonly Token[]): boolean {
  return tokens.some((_, index) => {
    const place = pointerAt(tokens, index)?.place;
    return place !== undefined && place !== 'latest';
  });
}

/** Every "experiment 12" in the message, in order, with or without a verb before it. */
export function experimentMentions(tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, index) => {
    const found = isWord(token, 'experiment') ? experimentIdAt(tokens, index, true) : undefined;
    return found ? [found.id] : [];
  });
}

/** Whether the message shows or re-runs "it" / "that one", whatever it points back to (any id stands in). */
export function anaphorIn(tokens: readonly Token[]): boolean {
  const anyExperiment: EarlierExperiment = () => 1;
  return [rerunVerb, showVerb].some((verb) => findAnaphorAfterVerb(tokens, verb, anyExperiment) !== undefined);
}
