import type { Clause } from '../clauses.js';
import { matchMetricAt } from '../metric_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord } from '../token_matchers.js';
import { rankedMetricStart } from './ranked_metric_start.js';

/**
 * "find the best settings by sortino", "optimise by calmar": the metric a search for settings is
 * judged by, told right after it, ranks the results. A threshold after the metric makes it a target
 * instead ("best settings for sharpe above 1"), read from the metric on.
 */
const JUDGED_BY = ['by', 'on', 'for', 'using'];

/** The rank_by clause and its end when a judging metric follows the search ending at `index`. */
export function readSearchMetric(tokens: readonly Token[], index: number): { end: number; clause: Clause } | undefined {
  if (!isWord(tokens[index], ...JUDGED_BY)) return undefined;
  const named = matchMetricAt(tokens, rankedMetricStart(tokens, index + 1));
  if (!named) return undefined;
  const next = tokens[named.end];
  const bound = isNumber(next) || isPunct(next, '>', '<', '>=', '<=', '=') || isWord(next, 'above', 'over', 'below', 'under', 'of', 'at', 'greater', 'more', 'less', 'higher', 'lower');
  return bound ? undefined : { end: named.end, clause: { kind: 'rank_by', metric: named.metric } };
}
