/**
 * "and by calmar?", "by sortino instead", "same but by calmar", "ok, by total return then": "by" and a
 * metric opening a clause, with no verb before it, rank the results by that metric, as "rank by
 * calmar" does. Only where "by" opens its clause (the message's start, after a comma or a word that
 * leads a follow-up), so "beat it by 20%" or "down by half" rank nothing, and never with a
 * threshold after the metric ("by sharpe above 1" reads as a target).
 */
import type { RecognizerMatch } from '../clauses.js';
import { matchMetricAt } from '../metric_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, skipWords } from '../token_matchers.js';

/** Words after which "by" opens the follow-up's clause: "and by calmar", "same but by sortino", "ok so by sharpe". */
const CLAUSE_LEADS = ['and', 'n', '&', 'but', 'now', 'then', 'or', 'maybe', 'ok', 'okay', 'so', 'just', 'about', 'instead'];
const BEFORE_METRIC: ReadonlySet<string> = new Set(['the', 'their', 'its']);

function opensClause(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before === undefined || before.sentence !== tokens[index]!.sentence || isPunct(before, ',', ';', ':', '-', '(') || isWord(before, ...CLAUSE_LEADS);
}

/** A threshold after the metric ("by sharpe above 1", "by calmar > 2"), which sets a target instead. */
function thresholdAt(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  return isNumber(next) || isPunct(next, '>', '<', '>=', '<=', '=') || (isWord(next) && isNumber(tokens[index + 1]));
}

/** "by calmar" opening a clause: a rank_by clause ending after the metric. */
export function readRankedByAlone(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  if (!isWord(tokens[index], 'by') || !opensClause(tokens, index)) return undefined;
  const named = matchMetricAt(tokens, skipWords(tokens, index + 1, BEFORE_METRIC));
  if (!named || thresholdAt(tokens, named.end)) return undefined;
  return { end: named.end, clauses: [{ kind: 'rank_by', metric: named.metric }] };
}
