/**
 * Elliptical follow-ups to a question about saved runs: after "whats my best sharpe on eth", "and
 * for btc?", "n for btc?", "what about sol", "same but by sortino" or "and the last 7 days?" ask
 * the same question again with what they change. memory_question.ts reads the changes and decides
 * that the follow-up asks for no new backtest ("what about sma on eth" does); this file holds what
 * opens such a follow-up and how its changes replace the question's own.
 */
import type { MetricKey } from '../../risk/types.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import type { RankEnd } from './best_metric.js';
import type { MadeWindow } from './made_window.js';
import type { MemoryQuestion } from './memory_question.js';

/** Words that open an elliptical follow-up; "n" and "&" are "and" typed short. */
const FOLLOW_UP_LEADS = phrases(
  'and|n|&', 'and|n|& what|how about', 'what|how about', 'and|n|& for|on|by|in|over', 'same but', 'same thing but',
  'same for|on|by', 'same thing for|on|by', 'now for|on|by', 'also for|on', 'then for|on',
  // "any on BNB?" after a listing: are there any of those runs on BNB.
  'any on|for|with',
  // A fragment that only names what changes: "on btc", "over the last 90 days", "only the eth ones", "just xrp", "make it 20".
  'on|for|over|in|by|now|then', 'only|just', 'only|just the', 'make it|that', 'and|n|& only|just', 'same question|q|thing|query',
  // The runs narrowed by where or how they ran: "the ones on spy", "just those on btc", "only the ones with macd".
  'the|those ones on|for|with', 'those on|for|with', 'only|just the|those ones on|for|with', 'only|just those on|for|with',
  // A new metric for the same ranking: "now rank by calmar", "rank those by win rate", "switch the metric to calmar".
  'now|then|instead rank|sort|order|rerank by', 'rank|sort|order|rerank by', 'rank|sort|order|rerank them|those|these|em|it|that by',
  'now|then rank|sort|order|rerank them|those|these|em by', 'switch|change|swap the|my metric to', 'switch|change|swap metric to', 'switch|change to',
);
/** Acknowledgements before the follow-up itself: "ok and for btc?", "cool, what about SOL". */
const ACKNOWLEDGEMENTS = ['ok', 'okay', 'k', 'so', 'cool', 'great', 'nice', 'thanks', 'thx', 'right', 'hmm', 'alright', 'nah', 'no', 'eh', 'oh', 'actually', 'well'];

/**
 * Where the words that open an elliptical follow-up ("and for BTC?", "what about SOL", "same but by
 * Sortino") end, or undefined when `tokens` do not open like one. What stands there is what changes,
 * so "sol" right after "what about" names the coin, not the word.
 */
export function followUpLeadEnd(tokens: readonly Token[]): number | undefined {
  return matchLongest(tokens, followUpStart(tokens), FOLLOW_UP_LEADS)?.end;
}

/** Where the follow-up starts, after the acknowledgements before it. */
function followUpStart(tokens: readonly Token[]): number {
  let index = 0;
  while (isWord(tokens[index], ...ACKNOWLEDGEMENTS) || isPunct(tokens[index], ',', '.', '!')) index++;
  return index;
}

/** "calmar instead", "sortino instead then": a metric named in place of the question's own, with no lead before it. */
export function namesMetricInstead(tokens: readonly Token[], metricWords: ReadonlySet<number>): boolean {
  return metricWords.size > 0 && tokens.some((token) => isWord(token, 'instead'));
}

/**
 * "forget bnb", "never mind BNB", "drop the btc filter": the symbol after these is let go of, not
 * asked about. "all of them, not just btc" widens the listing past the coin it named before.
 */
const LETTING_GO = phrases('forget', 'forget about', 'never mind', 'nevermind', 'ignore', 'drop', 'forget|ignore|drop|remove|ditch the', 'not just|only',
  'not just|only the', 'besides|beyond just|only');
/** "any coin", "all symbols", "every asset": the follow-up asks about runs on every symbol. */
const EVERY_SYMBOL = phrases('any|all|every coin|coins|symbol|symbols|ticker|tickers|asset|assets|pair|pairs');

/**
 * The follow-up's words that let go of the symbol asked about before: "forget bnb. best calmar …,
 * any coin" widens the question to every symbol. `dropped` holds the indexes of the symbol let go
 * of, which names no filter; `everySymbol` whether the question now covers them all.
 */
export function lettingGoOfSymbol(tokens: readonly Token[], symbolEnd: (index: number) => number | undefined): { dropped: ReadonlySet<number>; everySymbol: boolean } {
  const dropped = new Set<number>();
  let everySymbol = false;
  for (let index = 0; index < tokens.length; index++) {
    if (matchLongest(tokens, index, EVERY_SYMBOL)) everySymbol = true;
    const lead = matchLongest(tokens, index, LETTING_GO);
    const end = lead && symbolEnd(lead.end);
    if (lead === undefined || end === undefined) continue;
    for (let at = lead.end; at < end; at++) dropped.add(at);
    everySymbol = true;
  }
  return { dropped, everySymbol };
}

/** What a follow-up names anew; `count` is how many runs ("and the last 20?"); `everySymbol` drops the symbol filter. */
export interface FollowUpChanges {
  everySymbol?: boolean;
  /** How many results of a ranking ("the top 3 by sortino"): best_experiment's count. */
  results?: number;
  symbol?: string;
  /** "and #32" after "show me #31": another run, by its id. */
  id?: number;
  /** "and for macd?": the runs of one strategy. */
  strategy?: string;
  days?: number;
  /** "and only since september": the days the runs were made in (made_window.ts), in place of any window asked before. */
  made?: MadeWindow;
  metric?: MetricKey;
  count?: number;
  end?: RankEnd;
}

/**
 * The question asked before, with the follow-up's changes in place of its own; undefined when the
 * follow-up changes nothing, or something the question has no place for. A metric or an end of
 * the ranking after a listing ranks the runs listed.
 */
export function askAgain(asked: MemoryQuestion, changes: FollowUpChanges): MemoryQuestion | undefined {
  const { everySymbol, symbol, strategy, days, made, metric, count, end, results } = changes;
  if (changes.id !== undefined) return anotherRun(asked, changes.id);
  if (!everySymbol && symbol === undefined && strategy === undefined && days === undefined && made === undefined && metric === undefined && count === undefined
    && end === undefined && results === undefined) return undefined;
  const filters = { ...(symbol !== undefined ? { symbol } : {}), ...(strategy !== undefined ? { strategy } : {}), ...(days !== undefined ? { days } : {}), ...made };
  // A new window, in days or in dates, replaces the one asked before: "only this week" after "since september".
  const rewindowed = days !== undefined || made !== undefined;
  // "which one had the highest return?" or "and by sortino" after "show me all my DOGE runs": the best of the runs listed.
  const ranked = asked.tool === 'list_experiments' && (end !== undefined || metric !== undefined) ? rankingOfListed(asked.args, metric) : asked;
  if (ranked.tool === 'best_experiment') {
    const { order, ...previous } = ranked.args;
    const unwindowed = rewindowed ? withoutWindow(previous) : previous;
    const args = everySymbol ? withoutSymbol(unwindowed) : unwindowed;
    // "and the best?" after "my worst run" turns back to the best, which is the tool's default.
    const kept = end === undefined ? order : end === 'worst' ? end : undefined;
    return {
      tool: 'best_experiment',
      args: { ...args, ...filters, ...(metric !== undefined ? { metric } : {}), ...(count !== undefined ? { limit: count } : {}), ...(kept ? { order: kept } : {}),
        ...(results !== undefined ? { count: results } : {}) },
    };
  }
  if (asked.tool === 'list_experiments') {
    const unwindowed = rewindowed ? withoutWindow(asked.args) : asked.args;
    const args = everySymbol ? withoutSymbol(unwindowed) : unwindowed;
    // "top 3 instead" after a listing: its first three lines.
    const limit = count ?? results;
    return { tool: 'list_experiments', args: { ...args, ...filters, ...(limit !== undefined ? { limit } : {}) } };
  }
  return undefined;
}

/** "and #32" after "show me #31": the same thing done to another run; a question about many runs has no id to change. */
function anotherRun(asked: MemoryQuestion, id: number): MemoryQuestion | undefined {
  if (asked.tool === 'show_experiment') return { tool: 'show_experiment', args: { id } };
  if (asked.tool === 'rerun_experiment') return { tool: 'rerun_experiment', args: { ...asked.args, id } };
  return undefined;
}

type ListArgs = Extract<MemoryQuestion, { tool: 'list_experiments' }>['args'];

/** The ranking of the runs a listing showed: its filters, not how many lines it showed; the Sharpe ratio unless a metric is named. */
function rankingOfListed(listed: ListArgs, metric: MetricKey | undefined): MemoryQuestion {
  const { limit: _shown, ...filters } = listed;
  return { tool: 'best_experiment', args: { ...filters, metric: metric ?? 'sharpe_ratio' } };
}

function withoutSymbol<Args extends { symbol?: string }>(args: Args): Omit<Args, 'symbol'> {
  const { symbol: _dropped, ...rest } = args;
  return rest;
}

function withoutWindow<Args extends { days?: number; start?: string; end?: string }>(args: Args): Omit<Args, 'days' | 'start' | 'end'> {
  const { days: _days, start: _start, end: _end, ...rest } = args;
  return rest;
}
