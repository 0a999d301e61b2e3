/** Whether a message asks for a listing of saved runs ("show my last 5 experiments", "what have I run?"), and how many it asks for. */
import { isNumber, isPunct, isWord, skipWords } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';
import { correctedCount } from './restated_counts.js';
import { namesRunsByDeed } from './runs_by_deed.js';
import { namesSavedRuns } from './saved_money.js';
import { isShouting, matchSymbolAt } from './symbols.js';
import { saysWhatTheyDo } from './story_clauses.js';
import { countsTime, isSpanishMyRuns, LIMIT_FOLLOWERS, LIMIT_LEADS, LIST_MARKERS, LIST_NOUNS, PAST_ACTIONS, RUN_REQUESTS, RUNNERS, words } from './saved_run_words.js';

/** Experiments the list answer shows when the question gives no number. */
export const DEFAULT_LIST_LIMIT = 10;
export const MAX_LIST_LIMIT = 50;

/** Past tenses that report a run made: "what I ran", "everything we backtested"; never "run" (a habit) or "got". */
const RECORDED_ACTIONS = ['ran', 'tested', 'backtested', 'tried'];
/** Words just before "what I ran" that ask to see it: "list what I ran", "show me everything we tested". */
const SHOWING_WORDS = ['list', 'show', 'me', 'see', 'display'];

/** After "did I": "what did we test". */
const BASE_ACTIONS = ['test', 'try', 'backtest', 'check'];

/** Runs' nouns a question word may ask about before "did I": "what runs did I do", "which backtests have I run". */
const ASKED_RUN_NOUNS = [...LIST_NOUNS, 'experiments'];
/** Making a run, said only of runs named: "what runs did I do / make", "what tests have we done / made" ("what did I do" alone is no question about runs). */
const MAKING_BASE = ['do', 'make'];
const MAKING_PAST = ['done', 'made'];

/** Adverbs between "have" and what was done: "everything I've ever run", "what have we already tested". */
const PERFECT_ADVERBS: ReadonlySet<string> = new Set(['ever', 'already', 'previously', 'recently']);

/**
 * "what have I run so far?", "which did we test?", "what I've tried", "show me everything I've run",
 * "what runs did I do since october", "which backtests have I run this month": a question about what was run, not a request to run.
 */
function asksWhatWasRun(written: readonly string[]): boolean {
  const all = written.filter((word) => !PERFECT_ADVERBS.has(word));
  return all.some((word, index) => {
    if (!['what', 'which', 'everything', 'anything'].includes(word)) return false;
    const named = ASKED_RUN_NOUNS.includes(all[index + 1] ?? '') && word !== 'everything' && word !== 'anything';
    const [first, second, third] = all.slice(index + (named ? 2 : 1), index + (named ? 5 : 4));
    if (first === 'did' && RUNNERS.includes(second ?? '')) return [...PAST_ACTIONS, ...BASE_ACTIONS, ...(named ? MAKING_BASE : [])].includes(third ?? '');
    if (first === 'have' && RUNNERS.includes(second ?? '')) return [...PAST_ACTIONS, ...(named ? MAKING_PAST : [])].includes(third ?? '');
    // "everything I have run", "what we have tested".
    if (RUNNERS.includes(first ?? '') && second === 'have') return PAST_ACTIONS.includes(third ?? '');
    // "list what I ran in Q3", "show me everything we tested": asked to be shown, so not "what I tried before was SMA" in a request.
    if (RUNNERS.includes(first ?? '') && RECORDED_ACTIONS.includes(second ?? '')) return SHOWING_WORDS.includes(all[index - 1] ?? '');
    return ["i've", 'ive', "we've", 'weve'].includes(first ?? '') && PAST_ACTIONS.includes(second ?? '');
  });
}

/** "full history", "the entire price history": the data's history, the window a request runs over, not the user's runs. */
const DATA_HISTORY_LEADS = ['full', 'whole', 'entire', 'complete', 'all', 'available', 'price', 'data', 'max', 'maximum'];

/** Words between a lead and "history" that keep it the data's: "all the history", "the whole of the history". */
const HISTORY_DETERMINERS = ['the', 'of', 'its'];

/** "all the history you have", "your full history": the assistant's data is the history, not the user's runs. */
function namesDataHistory(tokens: readonly Token[], index: number): boolean {
  let before = index - 1;
  while (isWord(tokens[before], ...HISTORY_DETERMINERS)) before--;
  return isWord(tokens[before], ...DATA_HISTORY_LEADS, 'your') || isWord(tokens[index + 1], 'you');
}

/** "history buff", "my history teacher", "history repeats itself": history as a subject or a story, not the user's runs. */
const HISTORY_SUBJECT_FOLLOWERS = ['buff', 'buffs', 'nerd', 'geek', 'fan', 'teacher', 'professor', 'student', 'major', 'degree', 'class', 'lesson', 'lessons',
  'book', 'books', 'channel', 'podcast', 'documentary', 'repeats', 'rhymes'];

function namesRunHistory(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => isWord(token, 'history') && !namesDataHistory(tokens, index) && !isWord(tokens[index + 1], ...HISTORY_SUBJECT_FOLLOWERS));
}

export function isListQuestion(tokens: readonly Token[]): boolean {
  const all = words(tokens);
  if (all.includes('experiments') || namesEveryExperiment(tokens) || namesRunHistory(tokens) || asksWhatWasRun(all)) return true;
  // "show me the last five things I ran": runs named by what was done to them, asked for.
  if (namesRunsByDeed(tokens) && asksForList(tokens)) return true;
  // "what have I got saved for ETH lately?": a question about what is saved lists it.
  const asksToRun = all.some((word) => RUN_REQUESTS.includes(word));
  if (!asksToRun && namesSavedRuns(tokens) && all.some((word) => ['what', 'which', 'show', 'list', 'anything'].includes(word))) return true;
  return namesMarkedRuns(tokens);
}

/**
 * "show me all experiment", "semua experiment saya, all of them": the singular noun with no number after it,
 * asked for every one, is the plural second-language writers leave unmarked; "experiment 12" stays one run, and
 * "an experiment: test all strategies on BTC" is one to make.
 */
function namesEveryExperiment(tokens: readonly Token[]): boolean {
  const singular = tokens.some((token, index) => isWord(token, 'experiment') && !isNumber(tokens[index + 1]) && !isPunct(tokens[index + 1], '#')
    && !isWord(tokens[index - 1], 'a', 'an'));
  return singular && tokens.some((token) => isWord(token, ...EVERY_WORDS)) && !words(tokens).some((word) => RUN_REQUESTS.includes(word));
}

/**
 * "my runs", "backtests from last week": the runs' noun with its marker in one sentence, or the marker in a
 * sentence asking for a count of them ("40 backtests so far. Show me my last 3."), so "He runs a grid bot" beside "my account" lists nothing.
 */
function namesMarkedRuns(tokens: readonly Token[]): boolean {
  const isMarker = (at: number) => isWord(tokens[at], ...LIST_MARKERS) || isSpanishMyRuns(tokens, at);
  const marked = (sentence: number) => tokens.some((other, at) => other.sentence === sentence && isMarker(at));
  const asking = tokens.some((token, index) => isMarker(index) && isNumber(tokens[index + 1])
    && asksForList(tokens.filter((other) => other.sentence === token.sentence)));
  // "My wife's friend runs a grid bot", "my buddy runs RSI on Dogecoin": a verb with its object, not the runs' noun.
  return tokens.some((token, index) => (isWord(token, ...LIST_NOUNS) || namesRunList(tokens, index)) && !saysWhatTheyDo(tokens, index) && (asking || marked(token.sentence)));
}

/** A run's noun before "list" names the listing: "my saved backtest list", "my experiment list"; not "a backtest list of tickers". */
function namesRunList(tokens: readonly Token[], index: number): boolean {
  return isWord(tokens[index], 'backtest', 'run', 'test', 'experiment', 'result') && isWord(tokens[index + 1], 'list') && !isWord(tokens[index + 2], 'of');
}

/** Words of a sentence that asks for the list, rather than telling how many runs there were. */
const LIST_ASKING_WORDS = ['list', 'show', 'give', 'display', 'pull', 'tell', 'what', 'which', 'how', 'can', 'could', 'would', 'please', 'want', 'need',
  // Spanish "muéstrame" (show me), "enséñame", "dame" (give me), "lista|listame" (list), accents taken off.
  'muestrame', 'muestra', 'ensename', 'dame', 'lista', 'listame'];

export function asksForList(sentence: readonly Token[]): boolean {
  return sentence.some((token) => isPunct(token, '?') || isWord(token, ...LIST_ASKING_WORDS));
}

/** "all my experiments", "every BTC run": as many as the list tool shows (its maximum), not its default page. */
const EVERY_WORDS = ['all', 'every', 'everything'];

/** Between a count and its runs' noun: "20 of the runs", "25 of my backtests", "5 of our latest experiments". */
const PARTITIVE_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'my', 'our', 'those', 'these']);

/** Where the runs' noun may stand after the count at `index`: past "of the" ("20 of the runs I did"), then a symbol ("my 5 ETH runs"). */
function countedNounAt(tokens: readonly Token[], index: number, shouting: boolean): number {
  const partitive = isWord(tokens[index + 1], 'of') ? skipWords(tokens, index + 1, PARTITIVE_WORDS) : index + 1;
  return matchSymbolAt(tokens, partitive, { shouting })?.end ?? partitive;
}

/**
 * The count at a number of `tokens`: "last 5", "5 experiments", "my 3 most recent runs", "my 5 ETH
 * runs", "20 of the runs I did in october" (but not "last 30 days"). `ledOnly`: only a count led by "last", "top"... ("the last 5 is enough").
 */
export function countIn(tokens: readonly Token[], ledOnly: boolean): number | undefined {
  const shouting = isShouting(tokens);
  return tokens.find((token, index) => {
    if (!isNumber(token) || !Number.isInteger(token.value) || token.value < 1) return false;
    const nextAt = countedNounAt(tokens, index, shouting);
    const next = tokens[nextAt];
    if (countsTime(tokens, nextAt - 1)) return false;
    return isWord(tokens[index - 1], ...LIMIT_LEADS) || (!ledOnly && isWord(next, ...LIMIT_FOLLOWERS));
  })?.value;
}

/**
 * How many to list: a count said after a correction marker ("my last 5 runs — actually 8"), the count in the sentence that asks for the list, else one led by "last" or
 * "top" elsewhere ("what have I got saved for ETH? the last 5 is enough"); "maybe 60 or 70 runs in
 * total" in the story around it counts what exists, not what to show.
 */
export function listLimit(tokens: readonly Token[], asking: readonly Token[]): number {
  const found = correctedCount(tokens) ?? countIn(asking, false) ?? countIn(tokens, true);
  if (found !== undefined) return Math.min(found, MAX_LIST_LIMIT);
  return asking.some((token) => isWord(token, ...EVERY_WORDS)) ? MAX_LIST_LIMIT : DEFAULT_LIST_LIMIT;
}
