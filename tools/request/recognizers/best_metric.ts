/**
 * The metric a question about saved runs ranks by, and the words that ask for its best or worst
 * value (memory_question.ts). best_experiment ranks the lowest volatility and the drawdown closest
 * to zero first, every other metric highest first, so "top Sharpe", "max Calmar", "best dd" and
 * "smallest drawdown" all ask it for the best, and "worst", "lowest Sharpe", "biggest drawdown"
 * for the worst (its `order: "worst"`).
 */
import type { RankOrder } from '../../../memory/experiment_schemas.js';
import type { MetricKey } from '../../risk/types.js';
import { matchMetricAt } from '../metric_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { UNKNOWN_METRICS } from './unknown_metrics.js';

/** Words that ask for the best result whatever the metric. */
export const BEST_WORDS = ['best', 'top', 'highest', 'strongest', 'winning'];
/** Words that ask for the worst result whatever the metric: "my worst run by Sharpe". */
const WORST_WORDS = ['worst', 'weakest', 'poorest'];
/** "max Sharpe", "maximum return": the best, unless "max" starts the metric's own name ("max dd"). */
const MAXIMUM_WORDS = ['max', 'maximum'];
/** "biggest drawdown", "highest vol", "the most total return": the top of the metric's values, the worst for a metric ranked lowest-first. */
const HIGH_WORDS = ['highest', 'biggest', 'largest', 'deepest', 'most', 'greatest', ...MAXIMUM_WORDS];
/** "smallest drawdown", "lowest vol": the best for the metrics best_experiment ranks lowest-first, the worst for the others ("lowest Sharpe"). */
const LEAST_WORDS = ['lowest', 'smallest', 'least', 'min', 'minimum', 'shallowest'];
const LOWEST_FIRST: ReadonlySet<MetricKey> = new Set(['max_drawdown', 'volatility']);

/** Which end of best_experiment's ranking a question asks for: the store's own values, so the two cannot drift. */
export type RankEnd = RankOrder;

/**
 * "my highest ret on SOL": a bare "ret" is the total return once the question ranks by it. The
 * shared vocabulary leaves it alone because a request's "ret" may stand for other things.
 */
const RANKED_ONLY_NAMES = phrases('ret', 'rets');

/** The metric named at `index` in a question about saved runs, and the index after it. */
export function metricNamedAt(tokens: readonly Token[], index: number): { metric: MetricKey; end: number } | undefined {
  const shared = matchMetricAt(tokens, index);
  if (shared) return shared;
  const ranked = matchLongest(tokens, index, RANKED_ONLY_NAMES);
  return ranked && { metric: 'total_return', end: ranked.end };
}

/**
 * The end of the ranking the word at `index` asks for: "best", "top Sortino", "max Calmar",
 * "smallest dd" ask for the best; "worst", "lowest Sharpe", "biggest drawdown" for the worst. A word
 * of size reads by the direction its metric is ranked in, so it needs the metric straight after it.
 */
export function rankEndAskedAt(tokens: readonly Token[], index: number): RankEnd | undefined {
  if (isWord(tokens[index], ...WORST_WORDS)) return 'worst';
  // "bottom 3 of my runs": the bottom of a ranking only with a count, not "bought the bottom".
  if (isWord(tokens[index], 'bottom') && isNumber(tokens[index + 1])) return 'worst';
  const next = metricNamedAt(tokens, index + 1);
  const high = isWord(tokens[index], ...HIGH_WORDS) && matchMetricAt(tokens, index) === undefined;
  if (high && next !== undefined) return LOWEST_FIRST.has(next.metric) ? 'worst' : 'best';
  if (isWord(tokens[index], ...BEST_WORDS)) return 'best';
  if (!isWord(tokens[index], ...LEAST_WORDS) || next === undefined) return undefined;
  return LOWEST_FIRST.has(next.metric) ? 'best' : 'worst';
}

/**
 * Whether the word at `index` asks for the best or the worst result; "the lowest ulcer index" asks
 * for an end of a ranking too, by a measure no run reports (unknownRankedMetric refuses it).
 */
export function asksForRankAt(tokens: readonly Token[], index: number): boolean {
  const sized = isWord(tokens[index], ...HIGH_WORDS, ...LEAST_WORDS) && unknownMetricAt(tokens, index + 1) !== undefined;
  return sized || rankEndAskedAt(tokens, index) !== undefined;
}

/** The end of the ranking the question asks for, by its first word that asks for one; the best when none does. */
export function rankEnd(tokens: readonly Token[]): RankEnd {
  for (let index = 0; index < tokens.length; index++) {
    const end = rankEndAskedAt(tokens, index);
    if (end) return end;
  }
  return 'best';
}

/** How far after the word asking for the best its metric may stand: "best Sharpe", "best by Calmar", "highest total return". */
const METRIC_REACH = 3;

/**
 * The metric the question ranks by: the one named just after the word asking for the best ("my
 * runs with 20+ trades: which had the best Sharpe?"), else the first named, else the Sharpe ratio.
 */
export function rankedMetric(tokens: readonly Token[]): MetricKey {
  for (let index = 0; index < tokens.length; index++) {
    if (!asksForRankAt(tokens, index)) continue;
    for (let at = index + 1; at <= index + METRIC_REACH; at++) {
      const found = metricNamedAt(tokens, at);
      if (found) return found.metric;
    }
  }
  for (let index = 0; index < tokens.length; index++) {
    const found = metricNamedAt(tokens, index);
    if (found) return found.metric;
  }
  return 'sharpe_ratio';
}

/** "my best kelly": a measure once a question ranks by it; a request's "kelly" is a sizing rule (trade_rules.ts). */
const RANKED_ONLY_UNKNOWN = [...UNKNOWN_METRICS, ...phrases('kelly', 'kelly criterion|fraction')];

/** The measure no run reports named at `index` ("omega ratio", "ulcer index"), as written. */
function unknownMetricAt(tokens: readonly Token[], index: number): string | undefined {
  const found = matchLongest(tokens, index, RANKED_ONLY_UNKNOWN);
  return found && writtenText(tokens.slice(index, found.end));
}

/**
 * "which saved run has the best omega ratio", "my top runs by ulcer index": a ranking by a measure
 * no run reports, found as rankedMetric finds a metric (the nearest after the word asking for the
 * end, else any named when no known one is), which must be refused rather than ranked by the
 * Sharpe ratio. Undefined when the ranking names a metric a run reports, or none ("my best run").
 */
export function unknownRankedMetric(tokens: readonly Token[]): string | undefined {
  for (let index = 0; index < tokens.length; index++) {
    if (!asksForRankAt(tokens, index)) continue;
    for (let at = index + 1; at <= index + METRIC_REACH; at++) {
      if (metricNamedAt(tokens, at)) return undefined;
      const unknown = unknownMetricAt(tokens, at);
      if (unknown !== undefined) return unknown;
    }
  }
  if (tokens.some((_, index) => metricNamedAt(tokens, index) !== undefined)) return undefined;
  return tokens.map((_, index) => unknownMetricAt(tokens, index)).find((written) => written !== undefined);
}

/** Indexes of the words that name a metric, which never also name a symbol: "best SR on ETH" filters by ETH, not "SR". */
export function metricWordIndexes(tokens: readonly Token[]): ReadonlySet<number> {
  const covered = new Set<number>();
  for (let index = 0; index < tokens.length; index++) {
    const found = metricNamedAt(tokens, index);
    for (let at = index; found && at < found.end; at++) covered.add(at);
  }
  return covered;
}
