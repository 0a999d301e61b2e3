/**
 * "best sharpe on sol?", "top 3 by calmar from the last 30 days?", "top 3 runs by sortino on eth":
 * a ranking by a metric that says no "my" still asks about saved runs when it names nothing to run
 * (no strategy, no settings to tune, no threshold) and does name which runs: a coin, a recent window
 * or the runs themselves. "best sharpe on sol with sma 10/50 since 2021" and "find the best sma
 * windows on sol" stay requests, and so does "show me the top 3 by sortino", which names no runs.
 * memory_question.ts rules out dated windows and runs asked for before asking this.
 */
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { metricNamedAt, metricWordIndexes, rankEndAskedAt } from './best_metric.js';
import { isShouting, matchSymbolAt } from './symbols.js';

/** The runs themselves, between the word asking for the end and its metric: "top 3 runs by sortino". */
const RUN_NOUNS = ['runs', 'run', 'experiments', 'experiment', 'backtests', 'backtest', 'tests', 'test', 'results'];
/** Words that may stand between the word asking for the end and its metric: "top 3 by calmar", "best by the sortino". */
const METRIC_FILLERS = ['by', 'on', 'the', ...RUN_NOUNS];
/** How far after the word asking for the end its metric may stand: "top 3 eth runs by sortino". */
const METRIC_REACH = 5;
/** Words that ask to run or tune something, which makes the message a request: "best sharpe settings on sol", "find the best windows". */
const REQUEST_WORDS = ['run', 'backtest', 'test', 'compare', 'optimise', 'optimize', 'tune', 'find', 'search', 'try', 'simulate',
  'strategy', 'strategies', 'settings', 'setting', 'parameters', 'params', 'windows', 'window', 'lookback', 'period', 'combo',
  'config', 'weights', 'setup', 'portfolio', 'fees', 'fee', 'capital', 'bps'];
/** Words before a count of time that make it the recent window asked about: "last 30 days". */
const RECENCY_LEADS = ['last', 'past', 'previous', 'recent'];
/** Words that ask which runs by their number: "which 5 experiments had the worst". */
const ASKING_WORDS = ['which', 'what'];

/** Whether the word at `index` asks for an end of a ranking with its metric close after it, or of the runs themselves ("top 3 runs", "top 3 eth runs"). */
function ranksByMetricAt(tokens: readonly Token[], index: number, shouting: boolean): boolean {
  if (rankEndAskedAt(tokens, index) === undefined) return false;
  for (let at = index + 1; at <= index + METRIC_REACH && at < tokens.length; at++) {
    if (metricNamedAt(tokens, at) !== undefined) return true;
    const coinOfRuns = isWord(tokens[at + 1], ...RUN_NOUNS) && matchSymbolAt(tokens, at, { shouting, strong: true }) !== undefined;
    if (!isWord(tokens[at], ...METRIC_FILLERS) && !isNumber(tokens[at]) && !coinOfRuns) return false;
  }
  return false;
}

/** How many words back a metric before "run" may start: "best total return run". */
const METRIC_WORDS_REACH = 4;

/**
 * "best run by sortino", "best calmar run so far?", "top total return run", "3 worst test by max drawdown": "run"
 * or "test" right after the word asking for the end, or after the metric that follows it, names a run made, not one to make.
 */
function namesRankedRunAt(tokens: readonly Token[], index: number): boolean {
  if (rankEndAskedAt(tokens, index - 1) !== undefined) return true;
  for (let start = Math.max(1, index - METRIC_WORDS_REACH); start < index; start++) {
    if (metricNamedAt(tokens, start)?.end === index && rankEndAskedAt(tokens, start - 1) !== undefined) return true;
  }
  return false;
}

function asksToRunAt(tokens: readonly Token[], index: number): boolean {
  if (!isWord(tokens[index], ...REQUEST_WORDS)) return false;
  return !(isWord(tokens[index], 'run', 'test', 'backtest') && namesRankedRunAt(tokens, index));
}

/** A ranking by a metric that names nothing to run, no threshold and no dated window ("top 5 by total return"), runs named or not. */
function ranksNothingToRun(tokens: readonly Token[], shouting: boolean): boolean {
  if (!tokens.some((_, index) => ranksByMetricAt(tokens, index, shouting))) return false;
  if (tokens.some((_, index) => asksToRunAt(tokens, index) || strategyNameAt(tokens, index) !== undefined)) return false;
  return !tokens.some((token, index) => (isNumber(token) && !isCountOrWindow(tokens, index)) || isPunct(token, '%', '>', '<', '='));
}

/** A number that counts results ("top 3", "which 5 experiments") or the days of a recent window ("last 30 days"), not a setting or a threshold. */
function isCountOrWindow(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return isWord(before, ...RECENCY_LEADS, ...ASKING_WORDS) || (before !== undefined && rankEndAskedAt(tokens, index - 1) !== undefined)
    || (tokens[index + 1] !== undefined && rankEndAskedAt(tokens, index + 1) !== undefined);
}

/** Whether the message names which runs it ranks: a coin, a recent window ("last 30 days") or the runs' noun. */
function namesRuns(tokens: readonly Token[], shouting: boolean): boolean {
  // "best pf": a metric's short name is no coin.
  const metricWords = metricWordIndexes(tokens);
  return tokens.some((token, index) => isWord(token, ...RUN_NOUNS) || isWord(token, ...RECENCY_LEADS, 'this', 'today')
    || (!metricWords.has(index) && matchSymbolAt(tokens, index, { shouting, strong: true }) !== undefined));
}

/** "top 3 runs by total return", "worst backtests by drawdown": the runs themselves named, not only a coin or a window. */
export function namesRunNoun(tokens: readonly Token[]): boolean {
  return tokens.some((token) => isWord(token, ...RUN_NOUNS));
}

/** Whether `tokens` ask for a ranking of saved runs without a word marking them as the user's own (see the file comment). */
export function asksUnmarkedRanking(tokens: readonly Token[]): boolean {
  const shouting = isShouting(tokens);
  return ranksNothingToRun(tokens, shouting) && namesRuns(tokens, shouting);
}

/**
 * "top 5 by total return", which names no runs and no coin: a request would have nothing to run on,
 * so a follow-up to it ("gimme 10") goes on with it as a question about saved runs.
 */
export function asksRankingOfNothing(tokens: readonly Token[]): boolean {
  const shouting = isShouting(tokens);
  const metricWords = metricWordIndexes(tokens);
  return ranksNothingToRun(tokens, shouting) && !tokens.some((_, index) => !metricWords.has(index) && matchSymbolAt(tokens, index, { shouting, strong: true }) !== undefined);
}
