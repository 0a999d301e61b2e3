import type { MetricKey } from '../../risk/types.js';
import type { Clause, Recognizer, RecognizerMatch } from '../clauses.js';
import { matchMetricAt, PERCENT_METRICS } from '../metric_vocabulary.js';
import type { TargetOperator } from '../request_spec.js';
import { scaleAmount } from '../../numbers/read_number.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, roundClean, skipWords, type Phrase } from '../token_matchers.js';

type WrittenOperator = TargetOperator | 'as_stated';

const COMPARATORS: ReadonlyArray<{ operator: WrittenOperator; words: readonly Phrase[] }> = [
  { operator: '>=', words: phrases('>=', 'at least', 'no|not less|lower|smaller|fewer than', 'minimum|min', 'minimum|min of', 'of at least') },
  { operator: '<=', words: phrases('<=', 'at most', 'no|not more|higher|greater|bigger|worse than', 'maximum|max', 'maximum|max of', 'within', 'up to', 'not exceeding', 'capped at', 'limit', 'limit of', 'limited to', 'cap', 'cap of', 'of at most') },
  { operator: '>', words: phrases('>', 'above', 'over', 'greater|higher|more|bigger|larger|better than', 'exceeding', 'exceeds', 'exceed', 'beating', 'beats', 'north of') },
  { operator: '<', words: phrases('<', 'below', 'under', 'less|lower|smaller|fewer than', 'beneath', 'underneath') },
  { operator: 'as_stated', words: phrases('=', ':', 'of', 'at', 'around', 'about', 'near', 'target|targeting', 'target of', 'equal to', 'equals', 'is', 'to be', 'be', 'of about|around') },
];
const ALL_COMPARATORS = COMPARATORS.flatMap((entry) => entry.words);
const OPERATOR_OF_COMPARATOR = COMPARATORS.flatMap((entry) => entry.words.map(() => entry.operator));
/** Words that may stand between a metric and its comparator: "Sharpe should stay above 1". */
const FILLERS: ReadonlySet<string> = new Set(['should', 'must', 'stays', 'stay', 'staying', 'remains', 'remain', 'kept', 'keep', 'that', "that's", 'being', 'needs', 'to', 'a', 'an', 'the', 'value', 'ratio']);
/** Before a metric, these make a bare number a target: "target Sharpe 2". */
const TARGET_CUES = ['target', 'targets', 'targeting', 'aim', 'aiming', 'goal', 'want', 'need', 'require', 'requiring', 'achieve', 'hit', 'reach', 'with'];
const AT_LEAST_AFTER = phrases('or more|higher|better|above|greater', '+');
const AT_MOST_AFTER = phrases('or less|lower|below|fewer|under');
const CLEARING = phrases('no|without|remove|drop|clear|forget|ignore');
const TARGET_NOUNS = ['target', 'targets', 'constraint', 'constraints', 'goal', 'goals', 'requirement', 'requirements'];

interface WrittenValue {
  value: number;
  percent: boolean;
  end: number;
}

function matchComparator(tokens: readonly Token[], index: number): { operator: WrittenOperator; end: number } | undefined {
  const found = matchLongest(tokens, index, ALL_COMPARATORS);
  return found && { operator: OPERATOR_OF_COMPARATOR[found.which]!, end: found.end };
}

function readValue(tokens: readonly Token[], index: number): WrittenValue | undefined {
  const negative = (isPunct(tokens[index], '-') && tokens[index + 1]?.joined) || isWord(tokens[index], 'negative', 'minus');
  const at = negative ? index + 1 : index;
  const number = tokens[at];
  if (!isNumber(number)) return undefined;
  let end = at + 1;
  let scaled = number.value;
  // "1.5k trades": a joined k or m scales the number, as in money (the one reader's scales).
  if (isWord(tokens[end], 'k', 'm') && tokens[end]!.joined) scaled = scaleAmount(scaled, tokens[end++]!.norm);
  const percent = isPunct(tokens[end], '%') || isWord(tokens[end], 'percent', 'pct');
  if (percent) end++;
  return { value: (negative ? -1 : 1) * scaled, percent, end };
}

/** Users state drawdowns as positive sizes; the metric is negative, so "under 20%" becomes "> -0.2". */
const FLIPPED: Readonly<Record<TargetOperator, TargetOperator>> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };

function toTarget(metric: MetricKey, written: WrittenOperator, raw: WrittenValue): Clause[] {
  const assumedPercent = !raw.percent && PERCENT_METRICS.has(metric) && Math.abs(raw.value) > 1;
  let value = raw.percent || assumedPercent ? raw.value / 100 : raw.value;
  let operator: TargetOperator = written === 'as_stated' ? (metric === 'max_drawdown' || metric === 'volatility' ? '<=' : '>=') : written;
  if (metric === 'max_drawdown' && value > 0) {
    operator = FLIPPED[operator];
    value = -value;
  }
  const clauses: Clause[] = [{ kind: 'target', metric, operator, value: roundClean(value) }];
  if (assumedPercent) clauses.push({ kind: 'note', text: `read ${metric} ${raw.value} as ${raw.value}%` });
  return clauses;
}

function postfixOperator(tokens: readonly Token[], index: number, operator: WrittenOperator): { operator: WrittenOperator; end: number } {
  const atLeast = matchLongest(tokens, index, AT_LEAST_AFTER);
  if (atLeast) return { operator: '>=', end: atLeast.end };
  const atMost = matchLongest(tokens, index, AT_MOST_AFTER);
  return atMost ? { operator: '<=', end: atMost.end } : { operator, end: index };
}

function hasTargetCue(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(Math.max(0, index - 3), index).some((token) => isWord(token, ...TARGET_CUES));
}

/** "Sharpe > 1.5", "Sharpe of at least 2", "max drawdown under 20%", "target Sharpe 2", "win rate 55% or more". */
function metricFirst(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const named = matchMetricAt(tokens, index);
  if (!named) return undefined;
  const afterFillers = skipWords(tokens, named.end, FILLERS);
  const comparator = matchComparator(tokens, afterFillers);
  // "Sharpe of at least 2": a stated comparator after "of" wins over "of" itself.
  const refined = comparator?.operator === 'as_stated' ? matchComparator(tokens, comparator.end) ?? comparator : comparator;
  const valueAt = refined ? refined.end : afterFillers;
  if (!refined && (afterFillers !== named.end || !hasTargetCue(tokens, index))) return undefined;
  const value = readValue(tokens, valueAt);
  if (!value) return undefined;
  const final = postfixOperator(tokens, value.end, refined?.operator ?? 'as_stated');
  return { end: final.end, clauses: toTarget(named.metric, final.operator, value) };
}

/** "at least 55% win rate", "under 20% drawdown", "no more than 20% max drawdown". */
function comparatorFirst(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const comparator = matchComparator(tokens, index);
  if (!comparator || comparator.operator === 'as_stated') return undefined;
  const value = readValue(tokens, skipWords(tokens, comparator.end, new Set(['a', 'an'])));
  if (!value) return undefined;
  const named = matchMetricAt(tokens, isWord(tokens[value.end], 'of', 'in') ? value.end + 1 : value.end);
  return named && { end: named.end, clauses: toTarget(named.metric, comparator.operator, value) };
}

/** "no targets", "drop the Sharpe target". */
function clearing(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, CLEARING);
  if (!verb) return undefined;
  const at = skipWords(tokens, verb.end, new Set(['the', 'all', 'any', 'my', 'those', 'these', 'that', 'this']));
  const named = matchMetricAt(tokens, at);
  const nounAt = named ? named.end : at;
  if (!isWord(tokens[nounAt], ...TARGET_NOUNS)) return undefined;
  return { end: nounAt + 1, clauses: [{ kind: 'clear_targets', ...(named ? { metric: named.metric } : {}) }] };
}

export const recognizeTarget: Recognizer = (tokens, index) =>
  clearing(tokens, index) ?? metricFirst(tokens, index) ?? comparatorFirst(tokens, index);
