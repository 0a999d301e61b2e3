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
import type { MemoryQuestion } from './memory_question.js';

/** Words that open an elliptical follow-up; "n" and "&" are "and" typed short. */
const FOLLOW_UP_LEADS = phrases(
  'and|n|&', 'and|n|& what|how about', 'what|how about', 'and|n|& for|on|by|in|over', 'same but', 'same thing but',
  'same for|on|by', 'same thing for|on|by', 'now for|on|by', 'also for|on', 'then for|on',
);
/** Acknowledgements before the follow-up itself: "ok and for btc?", "cool, what about SOL". */
const ACKNOWLEDGEMENTS = ['ok', 'okay', 'k', 'so', 'cool', 'great', 'nice', 'thanks', 'thx', 'right', 'hmm', 'alright'];

/**
 * Where the words that open an elliptical follow-up ("and for BTC?", "what about SOL", "same but by
 * Sortino") end, or undefined when `tokens` do not open like one. What stands there is what changes,
 * so "sol" right after "what about" names the coin, not the word.
 */
export function followUpLeadEnd(tokens: readonly Token[]): number | undefined {
  let index = 0;
  while (isWord(tokens[index], ...ACKNOWLEDGEMENTS) || isPunct(tokens[index], ',', '.', '!')) index++;
  return matchLongest(tokens, index, FOLLOW_UP_LEADS)?.end;
}

/** What a follow-up names anew; `count` is how many runs ("and the last 20?"). */
export interface FollowUpChanges {
  symbol?: string;
  days?: number;
  metric?: MetricKey;
  count?: number;
  end?: RankEnd;
}

/**
 * The question asked before, with the follow-up's changes in place of its own; undefined when the
 * follow-up changes nothing, or something the question has no place for (a metric for a listing).
 */
export function askAgain(asked: MemoryQuestion, changes: FollowUpChanges): MemoryQuestion | undefined {
  const { symbol, days, metric, count, end } = changes;
  if (symbol === undefined && days === undefined && metric === undefined && count === undefined && end === undefined) return undefined;
  const filters = { ...(symbol !== undefined ? { symbol } : {}), ...(days !== undefined ? { days } : {}) };
  if (asked.tool === 'best_experiment') {
    const { order, ...args } = asked.args;
    // "and the best?" after "my worst run" turns back to the best, which is the tool's default.
    const kept = end === undefined ? order : end === 'worst' ? end : undefined;
    return {
      tool: 'best_experiment',
      args: { ...args, ...filters, ...(metric !== undefined ? { metric } : {}), ...(count !== undefined ? { limit: count } : {}), ...(kept ? { order: kept } : {}) },
    };
  }
  if (asked.tool === 'list_experiments' && metric === undefined && end === undefined) {
    return { tool: 'list_experiments', args: { ...asked.args, ...filters, ...(count !== undefined ? { limit: count } : {}) } };
  }
  return undefined;
}
