/** Whether a message speaks of the user's own saved runs ("my best run", "I ran", "which tests did"), which makes it a question about them. */
import { isWord } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';
import { BEST_WORDS, rankEndAskedAt } from './best_metric.js';
import { namesPoolOfRuns } from './pool_of_runs.js';
import { savesMoney } from './saved_money.js';
import { isSpanishMyRuns, LIST_NOUNS, PAST_ACTIONS, RUN_NAMES, RUN_REQUESTS, RUNNERS, words } from './saved_run_words.js';

const MEMORY_MARKERS = ['my', 'experiment', 'experiments', 'saved', "i've", 'ive'];

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

/** Nouns of runs made, after "I made": "I made many test", "we made some backtests" (never "I made 20%" or "I made money"). */
const MADE_RUN_NOUNS = ['test', 'tests', 'backtest', 'backtests', 'run', 'runs', 'experiment', 'experiments'];
/** How far after "made" its runs may stand: "I made many test", "we made a lot of backtests". */
const MADE_REACH = 4;

/** "Before I made many test about bitcoin": runs the writer made, as second-language writers say "ran". */
function madeRuns(all: readonly string[]): boolean {
  return all.some((word, index) => RUNNERS.includes(word) && all[index + 1] === 'made'
    && all.slice(index + 2, index + 2 + MADE_REACH).some((after) => MADE_RUN_NOUNS.includes(after)));
}

/** "my best run", "experiments", "saved", "I ran", "which tests did", "I've had", "we got", "did I", "have we", "out of the runs": the question is about the user's own runs. */
export function hasMemoryMarker(tokens: readonly Token[]): boolean {
  if (searchesSavedRuns(tokens)) return true;
  const marked = tokens.some((token, index) => {
    if (isSpanishMyRuns(tokens, index)) return true;
    if (!isWord(token, ...MEMORY_MARKERS)) return false;
    if (token.norm === 'my') return mySpeaksOfRuns(tokens, index);
    // "two thousand dollars saved": money put by, not saved runs.
    if (token.norm === 'saved') return !savesMoney(tokens, index);
    return isWord(token, "i've", 'ive') ? haveSpeaksOfRuns(tokens, index) : true;
  });
  if (marked) return true;
  const all = words(tokens);
  if (asksWhichRunsDid(all) || madeRuns(all)) return true;
  return all.some((word, index) => (RUNNERS.includes(word) && PAST_ACTIONS.includes(all[index + 1] ?? ''))
    || (PAST_ACTIONS.includes(word) && RUNNERS.includes(all[index + 1] ?? '')) || (word === 'have' && RUNNERS.includes(all[index + 1] ?? '')));
}
