/**
 * The grammar's recognizer for questions about saved experiments: on the one tokenizer, with the
 * same date, symbol, strategy and metric recognizers as a request, so "last year", "ETH" or
 * "Sortino" read alike in both. The offline planner answers what it recognizes with the memory
 * tools and sends everything else to parse_request. Rules, tried in this order:
 *
 * - re-run:  (rerun | re-run | repeat | replay | redo) [experiment | run] N [dates], or
 *            run (experiment | run) N ...: "re-run experiment 12 on 2025 data" →
 *            rerun_experiment {id: 12, start: 2025-01-01, end: 2025-12-31}
 * - delete:  (delete | remove | forget | drop | erase) (experiment | run) N → delete_experiment,
 *            which the agent has no tool for: the planner points to `btp experiments delete N`
 * - show:    [show | open | display | view | describe | details of] (experiment | run) N
 * - best:    (best | top | highest | strongest | winning | max + metric | smallest + drawdown) + a
 *            memory marker (my, experiment(s), saved, "I ran", "among the runs" ...) + optional metric,
 *            symbol, strategy, recency (best_metric.ts reads the metric: "SR", "dd", "pf" are metrics, never symbols)
 *            "what was my best ETH strategy last week?" → best_experiment {metric: sharpe_ratio, symbol: ETH, days: 7}
 * - list:    "experiments" or "history", or (runs | backtests | tests) with my / last / recent /
 *            previous / saved, or "what have I run"; "last N" sets how many, "all" the tool's
 *            maximum (50); symbol, strategy and recency filter
 *            "show my last 5 experiments" → list_experiments {limit: 5}
 *
 * A question told inside a story reads its own part first (asking_part.ts): "I ran ETH stuff on
 * Monday, but what was my best sortino on SOL?" asks about SOL. "what would RSI have done on ETH?"
 * supposes a run (supposed_runs.ts), so it is a request.
 *
 * "experiment" misspelled ("experimnt") is read by the edit-distance rule of fuzzy_names.ts, and
 * "run again" is a re-run.
 *
 * Recency ("last week", "past 3 days", "past 30d", "this month", "today") is a rolling window in days:
 * week = 7, month = 30, year = 365. A request without a memory marker ("which strategy is best
 * on ETH in 2022?") is a backtest request, not a memory question.
 */
import { ExperimentIdSchema } from '../../numbers/experiment_id.js';
import { MAX_RANKED_COUNT } from '../../../memory/experiment_schemas.js';
import { asksForRankAt, BEST_WORDS, metricWordIndexes, rankedMetric, rankEnd, rankEndAskedAt, type RankEnd } from './best_metric.js';
import { askAgain, followUpLeadEnd, lettingGoOfSymbol, restatedNumber, type FollowUpChanges } from './memory_follow_up.js';
import { namesPoolOfRuns } from './pool_of_runs.js';
import { asksUnmarkedRanking } from './unmarked_ranking.js';
import { asksOtherEndAlone } from './other_end.js';
import { asksPointedRunResults } from './pointed_run_results.js';
import { datedWindowFrom } from './rerun_window.js';
import { swappedOutSymbol } from './swapped_symbol.js';
import { rankedCount } from './ranked_count.js';
import { recognizeDates } from './dates.js';
import { recognizeStrategy } from './strategies.js';
import { isShouting, matchSymbolAt } from './symbols.js';
import { asksForNewRun } from './run_requests.js';
import { askingPart, pointsBack } from './asking_part.js';
import { supposesRun } from './supposed_runs.js';
import { namesRunsByDeed } from './runs_by_deed.js';
import { namesSavedRuns, savesMoney } from './saved_money.js';
import { tokenize, type Token } from '../tokenizer.js';
import { readSpokenNumbers } from '../spoken_numbers.js';
import { matchMisspelledName } from '../fuzzy_names.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import type { MetricKey } from '../../risk/types.js';
import { listStrategyIds } from '../../strategy/registry.js';

// A type (not an interface) so the arguments stay assignable to a tool call's Record<string, unknown>.
type Filters = {
  symbol?: string;
  strategy?: string;
  days?: number;
};

export type MemoryQuestion =
  | { tool: 'list_experiments'; args: Filters & { limit: number } }
  // limit: among the N most recent runs; order: "worst" for the worst end of the ranking (the best when absent); count: how many results ("top 3").
  | { tool: 'best_experiment'; args: Filters & { metric: MetricKey; baselines?: boolean; limit?: number; order?: RankEnd; count?: number } }
  | { tool: 'show_experiment'; args: { id: number } }
  | { tool: 'rerun_experiment'; args: { id: number; start?: string; end?: string } }
  | { tool: 'delete_experiment'; args: { id: number } };

/** Experiments the list answer shows when the question gives no number. */
export const DEFAULT_LIST_LIMIT = 10;
const MAX_LIST_LIMIT = 50;

const RERUN_WORDS = ['rerun', 'repeat', 'replay', 'redo'];
const DELETE_WORDS = ['delete', 'remove', 'forget', 'drop', 'erase'];
const SHOW_WORDS = ['show', 'open', 'display', 'view', 'describe', 'details'];
/** "pull up run 42", "bring up experiment 7": phrasal verbs that show. */
const SHOW_PHRASAL = ['pull', 'bring', 'look'];
const EXPERIMENT_NOUNS = ['experiment', 'experiments', 'exp', 'expt', 'run', 'runs'];
const LIST_NOUNS = ['runs', 'backtests', 'tests', 'results'];
const LIST_MARKERS = ['my', 'last', 'latest', 'recent', 'previous', 'past', 'saved', 'earlier', 'old', 'older'];
const MEMORY_MARKERS = ['my', 'experiment', 'experiments', 'saved', "i've", 'ive'];
const PAST_ACTIONS = ['ran', 'run', 'tested', 'tried', 'backtested', 'did', 'had', 'got'];
/** Words around a count that make it the newest runs: "last 20", "15 most recent". */
const RECENT_LEADS = ['last', 'latest', 'recent', 'newest'];
const RECENT_FOLLOWERS = ['most', 'latest', 'recent', 'newest'];
const LIMIT_LEADS = [...RECENT_LEADS, 'top', 'first'];
const LIMIT_FOLLOWERS = ['experiments', 'experiment', 'runs', 'backtests', 'tests', 'results', ...RECENT_FOLLOWERS, 'saved'];
const RECENCY_LEADS = ['last', 'past', 'previous', 'this', 'recent'];
const DAYS_PER_UNIT: Readonly<Record<string, number>> = {
  day: 1, days: 1, week: 7, weeks: 7, wk: 7, wks: 7, fortnight: 14, month: 30, months: 30, mo: 30, mos: 30, year: 365, years: 365, yr: 365, yrs: 365,
  // "past 30d", "last 2w": one letter is a unit only after a count.
  d: 1, w: 7, m: 30, y: 365,
};
/** Units that are a unit only after a count: "last 30d", never "last d". */
const COUNTED_ONLY_UNITS = ['d', 'w', 'm', 'y'];

const words = (tokens: readonly Token[]) => tokens.filter((token) => token.kind === 'word').map((token) => token.norm);

/** Where a verb ends when it starts at `index`, else undefined; "re-run" is three tokens. */
type VerbMatcher = (tokens: readonly Token[], index: number) => number | undefined;

const verbs = (...forms: string[]): VerbMatcher => (tokens, index) => (isWord(tokens[index], ...forms) ? index + 1 : undefined);

const showVerb: VerbMatcher = (tokens, index) => {
  const end = isWord(tokens[index], ...SHOW_PHRASAL) && isWord(tokens[index + 1], 'up') ? index + 2 : verbs(...SHOW_WORDS)(tokens, index);
  // "show me #42", "pull me up run 7": who it is shown to is no part of what is shown.
  return end !== undefined && isWord(tokens[end], 'me') ? end + 1 : end;
};

const rerunVerb: VerbMatcher = (tokens, index) => {
  if (isWord(tokens[index], 're') && isPunct(tokens[index + 1], '-') && isWord(tokens[index + 2], 'run')) return index + 3;
  // "run again experiment 17": "again" straight after "run" makes it a re-run.
  if (isWord(tokens[index], 'run', 'do') && isWord(tokens[index + 1], 'again')) return index + 2;
  return verbs(...RERUN_WORDS)(tokens, index);
};

/** Plain "run" as a verb; after a verb that shows ("pull up run #42") it is the noun. */
const runVerb: VerbMatcher = (tokens, index) => {
  const shownBefore = [1, 2, 3].some((back) => index >= back && showVerb(tokens, index - back) === index);
  return shownBefore ? undefined : verbs('run', 'execute', 'launch')(tokens, index);
};

/** "experimnt", "experment": the nouns of this grammar misspelled, by the one edit-distance rule (fuzzy_names.ts). */
function correctNouns(tokens: readonly Token[]): Token[] {
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
function hashMarkedNumbers(text: string): ReadonlySet<string> {
  return new Set([...text.matchAll(/#\s*(\d+)/g)].map((match) => match[1]!));
}
const NO_MARKED_NUMBERS: ReadonlySet<string> = new Set();

/** `[experiment | run] N` starting at `index`: the id and the index after it. */
function experimentIdAt(tokens: readonly Token[], index: number, nounRequired: boolean, hashMarked = NO_MARKED_NUMBERS): { id: number; end: number } | undefined {
  const hasNoun = isWord(tokens[index], ...EXPERIMENT_NOUNS);
  if (nounRequired && !hasNoun && !(isNumber(tokens[index]) && hashMarked.has(tokens[index]!.text))) return undefined;
  // "experiment number 17", "experiment #17", "experiment no. 17", "rerun the number 12".
  const leadEnd = skipWords(tokens, hasNoun ? index + 1 : index, ID_LEADS);
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

const ID_LEADS: ReadonlySet<string> = new Set(['number', 'no', 'no.', '#', 'id', 'nr', 'num']);
const ABBREVIATED_LEADS = ['no', 'nr', 'num'];
const NOUN_LEADS: ReadonlySet<string> = new Set(['the', 'my', 'saved', 'stored', 'old', 'earlier', 'previous']);

/** The first "<verb> [the] [saved] [experiment] [number] N" in the message. */
function findAfterVerb(tokens: readonly Token[], verb: VerbMatcher, nounRequired: boolean, hashMarked = NO_MARKED_NUMBERS): { id: number; end: number } | undefined {
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

/** Where an anaphor for an experiment ("it", "that one", "the same run") starting at `index` ends, else undefined. */
function anaphorEnd(tokens: readonly Token[], index: number): number | undefined {
  if (isWord(tokens[index], 'it')) return index + 1;
  const determiner = matchLongest(tokens, index, ANAPHOR_DETERMINERS);
  if (!determiner) return undefined;
  return isWord(tokens[determiner.end], ...ANAPHOR_NOUNS) ? determiner.end + 1 : determiner.end;
}

/** The experiment named earlier, which "it" or "that one" stands for: `before` the anaphor in its message, then in earlier messages. */
type EarlierExperiment = (before: readonly Token[]) => number | undefined;

/**
 * The first "<verb> it" / "<verb> that one" in the message whose experiment was named earlier: "I
 * liked experiment 17 … can you rerun it for 2021?", or "rerun that one" after "show experiment 17".
 */
function findAnaphorAfterVerb(tokens: readonly Token[], verb: VerbMatcher, earlier: EarlierExperiment): { id: number; end: number } | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const after = verb(tokens, index);
    const end = after === undefined ? undefined : anaphorEnd(tokens, after);
    if (end === undefined) continue;
    const id = earlier(tokens.slice(0, index));
    if (id !== undefined) return { id, end };
  }
  return undefined;
}

function rerunQuestion(tokens: readonly Token[], today: string, hashMarked: ReadonlySet<string>, earlier: EarlierExperiment): MemoryQuestion | undefined {
  // "rerun 12", "re-run experiment 12", and "run experiment 12 again" or "run #8 again" (plain "run" needs the noun or "#").
  const found = findAfterVerb(tokens, rerunVerb, false) ?? findAfterVerb(tokens, runVerb, true, hashMarked)
    ?? findAnaphorAfterVerb(tokens, rerunVerb, earlier);
  if (!found) return undefined;
  return { tool: 'rerun_experiment', args: { id: found.id, ...datedWindowFrom(tokens, found.end, today) } };
}

/** Every "experiment 12" in the message, in order, with or without a verb before it. */
function experimentMentions(tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, index) => {
    const found = isWord(token, 'experiment') ? experimentIdAt(tokens, index, true) : undefined;
    return found ? [found.id] : [];
  });
}

/** A rolling recency window in days: "last week" → 7, "past 3 days" → 3, "today" → 1. */
function recencyDays(tokens: readonly Token[]): number | undefined {
  for (let index = 0; index < tokens.length; index++) {
    if (isWord(tokens[index], 'today')) return 1;
    if (isWord(tokens[index], 'yesterday')) return 2;
    if (!isWord(tokens[index], ...RECENCY_LEADS)) continue;
    const count = isNumber(tokens[index + 1]) ? tokens[index + 1]!.value : undefined;
    const unit = tokens[count === undefined ? index + 1 : index + 2];
    const perUnit = isWord(unit) ? DAYS_PER_UNIT[unit!.norm] : undefined;
    if (perUnit === undefined || (count === undefined && isWord(unit, ...COUNTED_ONLY_UNITS))) continue;
    if (count === undefined || (Number.isInteger(count) && count >= 1 && count <= 3_650)) return (count ?? 1) * perUnit;
  }
  return undefined;
}

/** Symbol and strategy from the whole question; recency from its `asking` sentences. */
function filtersOf(tokens: readonly Token[], asking: readonly Token[]): Filters {
  const filters: Filters = {};
  const shouting = isShouting(tokens);
  const known = new Set(listStrategyIds());
  const metricWords = metricWordIndexes(tokens);
  for (let index = 0; index < tokens.length; index++) {
    // "my sol tests", "which link runs": a name that also is a word names the runs' symbol when they follow it.
    const strong = isWord(tokens[index + 1], ...RUN_NAMES);
    const readsSymbol = filters.symbol === undefined && !metricWords.has(index);
    const symbol = readsSymbol ? matchSymbolAt(tokens, index, { shouting, strong })?.symbol : undefined;
    if (symbol !== undefined) filters.symbol = symbol;
    // Only one strategy filters: "my best strategy by Sharpe" reads as every strategy, which filters nothing.
    const strategies = recognizeStrategy(tokens, index, { today: '1970-01-01', shouting })?.clauses
      .filter((clause) => clause.kind === 'strategy' && known.has(clause.name)) ?? [];
    const [strategy] = strategies;
    if (strategies.length === 1 && strategy?.kind === 'strategy') filters.strategy ??= strategy.name;
  }
  const days = recencyDays(asking);
  if (days !== undefined) filters.days = days;
  return filters;
}

/**
 * The filters of a question told inside a story: from its asking part when that part names the runs
 * itself ("I ran ETH and BTC stuff on Monday, but what was my best sortino on SOL?" → SOL); from the
 * whole message when the part points back at the story ("which of those did best?", its window too)
 * or names no runs ("I ran lots of ETH tests. Which was best?" → ETH, the window still the question's).
 */
function askedFilters(tokens: readonly Token[], asking: readonly Token[], namesOwnRuns: boolean): Filters {
  if (pointsBack(asking)) return filtersOf(tokens, tokens);
  return namesOwnRuns ? filtersOf(asking, asking) : filtersOf(tokens, asking);
}

/** Who ran the runs asked about: "I ran", "did we", "have I". */
const RUNNERS = ['i', 'we'];

/** Nouns that name the runs themselves: "my ETH runs", "the best MACD test", "my saved strategies". */
const RUN_NAMES = [...EXPERIMENT_NOUNS, ...LIST_NOUNS, 'strategy', 'strategies', 'result', 'test', 'backtest'];
/** Words "my" may name the runs by: "my best MACD run", "my saved strategies", "my experiments" (and "my max Sharpe", by rankEndAskedAt). */
const RUN_NOUNS = [...BEST_WORDS, ...RUN_NAMES, 'saved', 'history'];
/** How far after "my" the runs' noun may stand: "my 3 most recent runs", "my best ETH strategy". */
const MY_REACH = 4;

/** Words that make a sentence suppose rather than report: "what would my worst loss have been", "if I'd held". */
const SUPPOSING_WORDS = ['would', "i'd", 'id', "we'd", 'if', 'could'];

/**
 * "my" speaks of the user's runs only when a word naming them follows it closely in its sentence:
 * "my best MACD run", not "my planner says" or "my account" in a life story around a request. The
 * worst reports on runs made ("what was my worst calmar") unless the sentence supposes one: "what
 * would my worst loss have been" asks for a backtest.
 */
function mySpeaksOfRuns(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]!.sentence;
  const inSentence = tokens.map((_, at) => at).filter((at) => tokens[at]!.sentence === sentence && isWord(tokens[at]));
  const near = inSentence.filter((at) => at > index).slice(0, MY_REACH);
  const supposes = inSentence.some((at) => isWord(tokens[at], ...SUPPOSING_WORDS));
  return near.some((at) => {
    const end = rankEndAskedAt(tokens, at);
    return RUN_NOUNS.includes(tokens[at]!.norm) || end === 'best' || (end === 'worst' && !supposes);
  });
}

/** What "I've" may have done to get a result: "I've had", "I've gotten", "I've seen". */
const RESULT_PARTICIPLES = [...PAST_ACTIONS, 'gotten', 'seen', 'achieved', 'reached', 'hit', 'saved'];

/** "I've had", "I've gotten": "I've" is about the runs only with a past action after it, not "I've held Ether". */
function haveSpeaksOfRuns(tokens: readonly Token[], index: number): boolean {
  return RESULT_PARTICIPLES.includes(words(tokens.slice(index + 1, index + 2))[0] ?? '');
}

/** Words that ask for a run, so "pick the best out of the runs" after them is about runs still to make. */
const RUN_REQUESTS = ['run', 'backtest', 'test', 'compare', 'optimise', 'optimize', 'tune'];

/** "best Sharpe out of the tests from last month", "top Calmar among my backtests": runs already made, as the pool searched. */
function searchesSavedRuns(tokens: readonly Token[]): boolean {
  return namesPoolOfRuns(tokens) && !words(tokens).some((word) => RUN_REQUESTS.includes(word));
}

/** How far back from the runs' noun the question word may stand: "which of the ETH runs had". */
const WHICH_REACH = 4;

/** The runs asked about with "which": "which tests did", "which run had". */
const ASKED_RUNS = [...LIST_NOUNS, 'run', 'test', 'backtest', 'experiment'];

/** "which run has the best sharpe": runs asked about in the present hold their results now, so they were made. */
const HOLDING_NOW = ['has', 'have', 'shows'];

/**
 * "which doge tests did best", "which run had the highest Sortino": runs asked about in the past
 * tense were already made. Only after "which" or "what", so "if the tests did well" in a request is no question.
 */
function asksWhichRunsDid(all: readonly string[]): boolean {
  return all.some((word, index) => ASKED_RUNS.includes(word) && [...PAST_ACTIONS, ...HOLDING_NOW].includes(all[index + 1] ?? '')
    && all.slice(Math.max(0, index - WHICH_REACH), index).some((before) => before === 'which' || before === 'what'));
}

/** "my best run", "experiments", "saved", "I ran", "which tests did", "I've had", "we got", "did I", "have we", "out of the runs": the question is about the user's own runs. */
function hasMemoryMarker(tokens: readonly Token[]): boolean {
  if (searchesSavedRuns(tokens)) return true;
  const marked = tokens.some((token, index) => {
    if (!isWord(token, ...MEMORY_MARKERS)) return false;
    if (token.norm === 'my') return mySpeaksOfRuns(tokens, index);
    // "two thousand dollars saved": money put by, not saved runs.
    if (token.norm === 'saved') return !savesMoney(tokens, index);
    return isWord(token, "i've", 'ive') ? haveSpeaksOfRuns(tokens, index) : true;
  });
  if (marked) return true;
  const all = words(tokens);
  if (asksWhichRunsDid(all)) return true;
  return all.some((word, index) => (RUNNERS.includes(word) && PAST_ACTIONS.includes(all[index + 1] ?? ''))
    || (PAST_ACTIONS.includes(word) && RUNNERS.includes(all[index + 1] ?? '')) || (word === 'have' && RUNNERS.includes(all[index + 1] ?? '')));
}

/** After "did I": "what did we test". */
const BASE_ACTIONS = ['test', 'try', 'backtest', 'check'];

/** "what have I run so far?", "which did we test?", "what I've tried": a question about what was run, not a request to run. */
function asksWhatWasRun(all: readonly string[]): boolean {
  return all.some((word, index) => {
    if (!['what', 'which'].includes(word)) return false;
    const [first, second, third] = all.slice(index + 1, index + 4);
    if (first === 'did' && RUNNERS.includes(second ?? '')) return [...PAST_ACTIONS, ...BASE_ACTIONS].includes(third ?? '');
    if (first === 'have' && RUNNERS.includes(second ?? '')) return PAST_ACTIONS.includes(third ?? '');
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

function namesRunHistory(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => isWord(token, 'history') && !namesDataHistory(tokens, index));
}

function isListQuestion(tokens: readonly Token[]): boolean {
  const all = words(tokens);
  if (all.includes('experiments') || namesRunHistory(tokens) || asksWhatWasRun(all)) return true;
  // "show me the last five things I ran": runs named by what was done to them, asked for.
  if (namesRunsByDeed(tokens) && asksForList(tokens)) return true;
  // "what have I got saved for ETH lately?": a question about what is saved lists it.
  const asksToRun = all.some((word) => RUN_REQUESTS.includes(word));
  if (!asksToRun && namesSavedRuns(tokens) && all.some((word) => ['what', 'which', 'show', 'list', 'anything'].includes(word))) return true;
  return namesMarkedRuns(tokens);
}

/**
 * "my runs", "backtests from last week": the runs' noun with its marker in one sentence, or the marker in a
 * sentence asking for a count of them ("40 backtests so far. Show me my last 3."), so "He runs a grid bot" beside "my account" lists nothing.
 */
function namesMarkedRuns(tokens: readonly Token[]): boolean {
  const marked = (sentence: number) => tokens.some((other) => other.sentence === sentence && isWord(other, ...LIST_MARKERS));
  const asking = tokens.some((token, index) => isWord(token, ...LIST_MARKERS) && isNumber(tokens[index + 1])
    && asksForList(tokens.filter((other) => other.sentence === token.sentence)));
  return tokens.some((token) => isWord(token, ...LIST_NOUNS) && (asking || marked(token.sentence)));
}

/** Words of a sentence that asks for the list, rather than telling how many runs there were. */
const LIST_ASKING_WORDS = ['list', 'show', 'give', 'display', 'pull', 'tell', 'what', 'which', 'how', 'can', 'could', 'would', 'please', 'want', 'need'];

function asksForList(sentence: readonly Token[]): boolean {
  return sentence.some((token) => isPunct(token, '?') || isWord(token, ...LIST_ASKING_WORDS));
}

/** "all my experiments", "every BTC run": as many as the list tool shows (its maximum), not its default page. */
const EVERY_WORDS = ['all', 'every', 'everything'];

/**
 * The count at a number of `tokens`: "last 5", "5 experiments", "my 3 most recent runs", "my 5 ETH
 * runs" (but not "last 30 days"). `ledOnly`: only a count led by "last", "top"... ("the last 5 is enough").
 */
function countIn(tokens: readonly Token[], ledOnly: boolean): number | undefined {
  const shouting = isShouting(tokens);
  return tokens.find((token, index) => {
    if (!isNumber(token) || !Number.isInteger(token.value) || token.value < 1) return false;
    // A symbol between the count and the noun filters the list: "my 5 ETH runs".
    const nextAt = matchSymbolAt(tokens, index + 1, { shouting })?.end ?? index + 1;
    const next = tokens[nextAt];
    if (countsTime(tokens, nextAt - 1)) return false;
    return isWord(tokens[index - 1], ...LIMIT_LEADS) || (!ledOnly && isWord(next, ...LIMIT_FOLLOWERS));
  })?.value;
}

/**
 * How many to list: the count in the sentence that asks for the list, else one led by "last" or
 * "top" elsewhere ("what have I got saved for ETH? the last 5 is enough"); "maybe 60 or 70 runs in
 * total" in the story around it counts what exists, not what to show.
 */
function listLimit(tokens: readonly Token[], asking: readonly Token[]): number {
  const found = countIn(asking, false) ?? countIn(tokens, true);
  if (found !== undefined) return Math.min(found, MAX_LIST_LIMIT);
  return asking.some((token) => isWord(token, ...EVERY_WORDS)) ? MAX_LIST_LIMIT : DEFAULT_LIST_LIMIT;
}

/** "including buy and hold", "baselines too": the user wants holding counted among the candidates for best. */
function countsBaselines(all: readonly string[]): boolean {
  if (all.some((word) => word === 'baseline' || word === 'baselines')) return true;
  const including = all.findIndex((word) => word === 'including' || word === 'include' || word === 'incl');
  return including >= 0 && all.slice(including + 1, including + 5).includes('hold');
}

/** "best", "top Sortino", "worst", "lowest Sharpe": the message asks for one end of a ranking. */
function asksForRank(tokens: readonly Token[]): boolean {
  return tokens.some((_, index) => asksForRankAt(tokens, index));
}

/** Whether the word after a count makes it a span of time ("last 30 days"), not a count of runs. */
function countsTime(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return isWord(next) && DAYS_PER_UNIT[next!.norm] !== undefined;
}

/**
 * "which of the last 20 runs had the best win rate", "my 15 most recent runs": the best among the
 * N newest runs. "top 3" asks for three results, and "last 30 days" is a window, so neither counts.
 */
function recentRunsCount(tokens: readonly Token[]): number | undefined {
  return tokens.find((token, index) => isNumber(token) && Number.isInteger(token.value) && token.value >= 1 && !countsTime(tokens, index)
    && (isWord(tokens[index - 1], ...RECENT_LEADS) || isWord(tokens[index + 1], ...RECENT_FOLLOWERS)))?.value;
}

/** How many newest runs the ranking looks at, which end of it the question asks for, and how many results from that end. */
function rankingScope(tokens: readonly Token[], asking: readonly Token[]): { limit?: number; order?: RankEnd; count?: number } {
  const limit = recentRunsCount(asking);
  const count = rankedCount(asking);
  return { ...(limit !== undefined ? { limit } : {}), ...(rankEnd(tokens) === 'worst' ? { order: 'worst' } : {}), ...(count !== undefined ? { count } : {}) };
}

const tokensOf = (text: string) => correctNouns(readSpokenNumbers(tokenize(text)));

/** Whether the message shows or re-runs "it" / "that one", whatever it points back to (any id stands in). */
function anaphorIn(tokens: readonly Token[]): boolean {
  const anyExperiment: EarlierExperiment = () => 1;
  return [rerunVerb, showVerb].some((verb) => findAnaphorAfterVerb(tokens, verb, anyExperiment) !== undefined);
}

/** "what was its sharpe again?": a question about the run pointed back to, which keeps "it" on that run. */
function asksAboutPointedRun(tokens: readonly Token[]): boolean {
  return tokens.some((token) => isWord(token, 'its')) && !asksForNewRun(tokens);
}

/**
 * The experiment "it" or "that one" stands for: the last one named before it in its message, else
 * in the latest earlier message naming one ("show 23" after a listing, read with what came before
 * it). A message between them that is about neither (a new backtest) makes "it" that message's
 * run, which has no id to rerun; one that asks about "its" results, or a remark ("ok", "what
 * dates was that on") keeps pointing back.
 */
function earlierExperiment(history: readonly string[], today: string): EarlierExperiment {
  return (before) => {
    const named = experimentMentions(before).at(-1);
    if (named !== undefined) return named;
    for (let at = history.length - 1; at >= 0; at--) {
      const question = parseMemoryQuestion(history[at]!, today, history.slice(0, at));
      if (question && 'id' in question.args) return question.args.id;
      const tokens = tokensOf(history[at]!);
      if (!question && !anaphorIn(tokens) && !asksAboutPointedRun(tokens) && !namesNothingNew(tokens, today)) return undefined;
    }
    return undefined;
  };
}

/** A dated window ("and for 2023?"), which a backtest runs over; a recency window is read as such by recencyDays. */
function namesDates(tokens: readonly Token[], today: string): boolean {
  return tokens.some((_, index) => recognizeDates(tokens, index, { today, shouting: false })?.clauses.some((clause) => clause.kind === 'dates'));
}

/**
 * "which one had the highest return?", "ok now the best total return for ETH", "top 5 please" after
 * a question about saved runs: a ranking by a metric, or how many of a ranking, with no run asked
 * for, goes on asking about those runs.
 */
function reranks(tokens: readonly Token[]): boolean {
  return asksForRank(tokens) && (metricWordIndexes(tokens).size > 0 || rankedCount(tokens) !== undefined || asksOtherEndAlone(tokens))
    && !words(tokens).some((word) => RUN_REQUESTS.includes(word));
}

/**
 * "make it 20": the number the question asked with, said anew. A listing shows that many; a
 * ranking among the newest runs ranks that many; any other ranking gives that many results.
 */
function restatedChanges(asked: MemoryQuestion, restated: number): Pick<FollowUpChanges, 'count' | 'results'> {
  if (asked.tool === 'list_experiments') return { count: Math.min(restated, MAX_LIST_LIMIT) };
  const amongNewest = asked.tool === 'best_experiment' && asked.args.limit !== undefined && asked.args.count === undefined;
  return amongNewest ? { count: restated } : { results: Math.min(restated, MAX_RANKED_COUNT) };
}

/**
 * "n for btc?" after "whats my best sharpe on eth": the question before, asked again with the
 * follow-up's symbol, strategy, metric, recency, count or end of the ranking (memory_follow_up.ts);
 * "and #32" after "show me #31" asks it of another run. A strategy with an instrument ("what about
 * sma on eth"), a dated window or a run asked for makes it a new backtest: "now run sma on btc 2022".
 */
function followUpQuestion(tokens: readonly Token[], today: string, history: readonly string[], hashMarked: ReadonlySet<string>): MemoryQuestion | undefined {
  const askedAt = lastAskedAt(history, today);
  const previous = history[askedAt];
  const leadEnd = followUpLeadEnd(tokens);
  const shouting = isShouting(tokens);
  const symbolEnd = (index: number) => matchSymbolAt(tokens, index, { shouting, strong: true })?.end;
  // "swap sol for doge": the coin swapped out filters nothing.
  const swappedOut = swappedOutSymbol(tokens, symbolEnd);
  const window = datedWindowFrom(tokens, 0, today);
  if (previous === undefined || (leadEnd === undefined && !reranks(tokens) && !swappedOut && !window) || asksForRun(tokens)) return undefined;
  const asked = parseMemoryQuestion(previous, today, history.slice(0, askedAt));
  if (!asked) return undefined;
  if ('id' in asked.args) {
    // "and 2021?" after a re-run: the year is the new window, not another run's id.
    if (asked.tool === 'rerun_experiment' && window && !namesRunsToMake(tokens)) return { tool: 'rerun_experiment', args: { id: asked.args.id, ...window } };
    const another = leadEnd === undefined ? undefined : experimentIdAt(tokens, leadEnd, false, hashMarked);
    return another && askAgain(asked, { id: another.id });
  }
  // "forget bnb. best calmar …, any coin": the symbol let go of filters nothing.
  const { dropped, everySymbol } = lettingGoOfSymbol(tokens, symbolEnd);
  const named = filtersOf(tokens.filter((_, index) => !dropped.has(index) && !swappedOut?.has(index)), tokens);
  const symbol = named.symbol ?? (leadEnd === undefined ? undefined : matchSymbolAt(tokens, leadEnd, { shouting, strong: true })?.symbol);
  const filters = { ...named, ...(symbol !== undefined ? { symbol } : {}), ...(everySymbol && symbol === undefined ? { everySymbol } : {}) };
  if ((filters.strategy !== undefined && symbol !== undefined) || (filters.days === undefined && namesDates(tokens, today))) return undefined;
  // "the top 3 by sortino" after a listing: three results of the ranking, not a listing of three.
  const results = rankedCount(tokens);
  const count = asked.tool === 'list_experiments' && results === undefined ? countIn(tokens, true) : recentRunsCount(tokens);
  const restated = results === undefined && count === undefined ? restatedNumber(tokens) : undefined;
  const ranked = tokens.some((_, index) => asksForRankAt(tokens, index));
  const changes: FollowUpChanges = {
    ...filters,
    ...(metricWordIndexes(tokens).size > 0 ? { metric: rankedMetric(tokens) } : {}),
    ...(count !== undefined ? { count: asked.tool === 'list_experiments' ? Math.min(count, MAX_LIST_LIMIT) : count } : {}),
    ...(ranked ? { end: rankEnd(tokens) } : {}),
    ...(results !== undefined ? { results } : {}),
    ...(restated !== undefined ? restatedChanges(asked, restated) : {}),
  };
  return askAgain(asked, changes);
}

/** "and now for 2023" re-runs the run before over 2023; "now sma on btc for 2023" names a new backtest. */
function namesRunsToMake(tokens: readonly Token[]): boolean {
  const named = filtersOf(tokens, tokens);
  return named.symbol !== undefined || named.strategy !== undefined;
}

/**
 * Where the question a follow-up goes on from stands in `history`: the last message, or the one
 * before a remark on its answer ("list my last 20 runs", "hmm too many", "just the top 3 by sortino").
 */
function lastAskedAt(history: readonly string[], today: string): number {
  const last = history.length - 1;
  const tokens = last >= 0 ? tokensOf(history[last]!) : [];
  const remark = last >= 1 && namesNothingNew(tokens, today) && parseMemoryQuestion(history[last]!, today, history.slice(0, last)) === undefined;
  return remark ? last - 1 : last;
}

/** "ok", "hmm too many", "what were the params on that": no number, symbol, strategy or dates, and no run asked for. */
function namesNothingNew(tokens: readonly Token[], today: string): boolean {
  return !tokens.some(isNumber) && !asksForNewRun(tokens) && !namesDates(tokens, today) && Object.keys(filtersOf(tokens, tokens)).length === 0;
}

/**
 * After an answer that names runs by their ids (a listing, whose lines lead with them, or a run
 * shown or re-run), "show 23" or "show me 4" shows experiment 23 as "show #23" does; a number with
 * more after it ("show me 2022 on btc") stays what it says.
 */
function shownAfterRuns(tokens: readonly Token[], hashMarked: ReadonlySet<string>, today: string, history: readonly string[]): ReadonlySet<string> {
  const previous = history.at(-1);
  const last = tokens.filter((token) => token.kind !== 'punct').at(-1);
  // Reading the message before costs a parse: only a message ending on a number needs it.
  if (previous === undefined || !isNumber(last)) return hashMarked;
  const tool = parseMemoryQuestion(previous, today, history.slice(0, -1))?.tool;
  const namedRuns = tool === 'list_experiments' || tool === 'show_experiment' || tool === 'rerun_experiment';
  return namedRuns ? new Set([...hashMarked, last.text]) : hashMarked;
}

/** A run asked for ("test RSI on ETH") or supposed ("what would RSI have done on ETH?"): a request, not a question about saved runs. */
function asksForRun(tokens: readonly Token[]): boolean {
  return asksForNewRun(tokens) || supposesRun(tokens);
}

/** The memory question the message asks by itself; `earlier` finds what "it" and "that one" stand for. */
function ownQuestion(tokens: readonly Token[], hashMarked: ReadonlySet<string>, today: string, earlier: EarlierExperiment, shownIds = hashMarked): MemoryQuestion | undefined {
  const rerun = rerunQuestion(tokens, today, hashMarked, earlier);
  if (rerun) return rerun;
  const deletion = findAfterVerb(tokens, verbs(...DELETE_WORDS), true);
  if (deletion) return { tool: 'delete_experiment', args: { id: deletion.id } };
  const shown = experimentMentions(tokens)[0] ?? (findAfterVerb(tokens, showVerb, true, shownIds) ?? findAnaphorAfterVerb(tokens, showVerb, earlier))?.id;
  if (shown !== undefined) return { tool: 'show_experiment', args: { id: shown } };
  // A message that asks for a new run is a request, whatever "my best" its story says.
  if (asksForRun(tokens)) return undefined;
  const pointed = asksPointedRunResults(tokens) && !namesRunsToMake(tokens) && !namesDates(tokens, today) ? earlier(tokens) : undefined;
  if (pointed !== undefined) return { tool: 'show_experiment', args: { id: pointed } };
  // "My best trade ever was on ADA. Can you list my last 3 backtests?": a ranking only when the question asks for one.
  if (asksForRank(rankingAskingPart(tokens)) && hasMemoryMarker(tokens)) return bestQuestion(tokens);
  if (isListQuestion(tokens)) {
    const listing = askingPart(tokens, isListQuestion);
    // "maybe 60 or 70 runs in total … could you list my last 5 experiments?": the count is the one asked for.
    const limit = listLimit(tokens, askingPart(listing, asksForList));
    return { tool: 'list_experiments', args: { limit, ...askedFilters(tokens, listing, true) } };
  }
  return undefined;
}

/** The part of the message that asks about ranked runs: one that ranks, or names the runs. */
function rankingAskingPart(tokens: readonly Token[]): readonly Token[] {
  return askingPart(tokens, (part) => asksForRank(part) || hasMemoryMarker(part));
}

/** The best (or worst) of the saved runs the ranking question names. */
function bestQuestion(tokens: readonly Token[]): MemoryQuestion {
  const asking = rankingAskingPart(tokens);
  const filters = askedFilters(tokens, asking, hasMemoryMarker(asking));
  const scope = rankingScope(asksForRank(asking) ? asking : tokens, asking);
  // "…study his worst trades. So, what were my 3 worst experiments by total return?": the metric the question names.
  const metric = rankedMetric(metricWordIndexes(asking).size > 0 ? asking : tokens);
  if (!countsBaselines(words(tokens))) return { tool: 'best_experiment', args: { metric, ...filters, ...scope } };
  // "including buy and hold" widens the search to holding; it does not narrow it to holding.
  const { strategy, ...others } = filters;
  return { tool: 'best_experiment', args: { metric, ...(strategy === 'buy_and_hold' ? others : filters), ...scope, baselines: true } };
}

/**
 * "best sharpe on sol?", "top 3 by calmar from the last 30 days": saved runs by recency, never by a
 * dated window ("best sharpe on btc in 2022" is a request). Only opening a conversation or after a
 * question about saved runs: after a backtest "best sharpe for ETH over the last 90 days" goes on with it.
 */
function unmarkedRankingQuestion(tokens: readonly Token[], today: string, history: readonly string[]): MemoryQuestion | undefined {
  if (!asksUnmarkedRanking(tokens) || supposesRun(tokens) || (recencyDays(tokens) === undefined && namesDates(tokens, today))) return undefined;
  const last = history.length - 1;
  if (last >= 0 && parseMemoryQuestion(history[last]!, today, history.slice(0, last)) === undefined) return undefined;
  return bestQuestion(tokens);
}

/**
 * The memory question `text` asks, or undefined when it is not one (then it is a backtest request).
 * `history`, the user's earlier messages oldest first, tells what "rerun that one" points back to
 * and which question "and for btc?" asks again.
 */
export function parseMemoryQuestion(text: string, today: string, history: readonly string[] = []): MemoryQuestion | undefined {
  if (readings !== undefined) return readOnce(readings, text, today, history);
  readings = new Map();
  try {
    return readOnce(readings, text, today, history);
  } finally {
    readings = undefined;
  }
}

/**
 * The readings of one call's earlier messages, each with the messages before it. Reading "rerun it"
 * reads the messages it may point back to, and each of those its own; without this a chat of 30
 * messages would be read some 2^15 times over.
 */
let readings: Map<string, MemoryQuestion | undefined> | undefined;

function readOnce(cache: Map<string, MemoryQuestion | undefined>, text: string, today: string, history: readonly string[]): MemoryQuestion | undefined {
  const key = [today, ...history, text].join('\u0000');
  if (cache.has(key)) return cache.get(key);
  // Number words read as a request reads them: "my last five backtests" lists five.
  const tokens = tokensOf(text);
  const hashMarked = hashMarkedNumbers(text);
  const question = ownQuestion(tokens, hashMarked, today, earlierExperiment(history, today), shownAfterRuns(tokens, hashMarked, today, history))
    ?? followUpQuestion(tokens, today, history, hashMarked) ?? unmarkedRankingQuestion(tokens, today, history);
  cache.set(key, question);
  return question;
}
