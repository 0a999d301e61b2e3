import { FOREIGN_COPULAS } from '../foreign_copulas.js';
import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isWord, isYearNumber, matchLongest, phrases, skipWords, writtenText } from '../token_matchers.js';

/**
 * Performance measures traders name that no run reports. Set as a target ("beta below 0.5", "alpha
 * over 5%") they are refused with unknown_metric rather than dropped: a run without the bound asked
 * for looks like an answer and is not one. Named elsewhere ("the beta version of your app") they are words.
 * A ranking of saved runs by one ("my best omega ratio") is refused alike (best_metric.ts).
 */
export const UNKNOWN_METRICS = phrases('alpha', 'jensen|jensens|jensen\'s alpha', 'beta', 'omega', 'omega ratio', 'treynor', 'treynor ratio', 'information ratio', 'info ratio', 'ir',
  'r squared', 'r-squared', 'r2', 'rsquared', 'var', 'value at risk', 'cvar', 'conditional var|value at risk', 'expected shortfall', 'ulcer', 'ulcer index', 'ulcer performance index',
  'correlation', 'correl', 'tail ratio', 'kurtosis', 'skew', 'skewness', 'sterling|burke|kappa|gain to pain|pain ratio', 'pain index', 'upside|downside capture', 'upside|downside capture ratio',
  'tracking error', 'recovery factor', 'k ratio', 'kelly ratio', 'serenity ratio', 'payoff ratio', 'expectancy', 'sqn');
/** "beta to SPY", "correlation with bitcoin": what the measure is taken against, up to two words. */
const AGAINST: ReadonlySet<string> = new Set(['to', 'with', 'vs', 'versus', 'against', 'relative']);
/** Between the name and its bound: "beta should stay below 0.5", "alpha of at least 5%". */
const FILLERS: ReadonlySet<string> = new Set(['should', 'must', 'to', 'be', 'is', 'stay', 'stays', 'remain', 'remains', 'kept', 'keep', 'come', 'comes', 'in', 'at', 'the', 'a', 'of', 'value', 'that', "that's", 'needs', 'ratio', 'number', 'score', ...FOREIGN_COPULAS]);
const BOUNDS = phrases('below|under|beneath|above|over|exceeding|past|beyond', 'less|lower|smaller|higher|greater|more|bigger|better|worse than', 'at least|most', 'no|not more|less|higher|lower|greater than',
  'north|south of', 'up to', 'within', 'max|maximum|min|minimum', 'around', 'about', 'near', 'of', 'equal to', 'between', '<', '>', '<=', '>=', '=');
/** Before a measure named after its bound: "at least 5% alpha", "under 0.5 beta". */
const BOUND_FIRST = phrases('at least|most', 'over|above|under|below|less than|more than|no more than|max|min');

/** "5% of alpha": only "of" stands between the number and the name. */
const OF: ReadonlySet<string> = new Set(['of']);

function numberAt(tokens: readonly Token[], index: number): number | undefined {
  const at = isWord(tokens[index], 'negative', 'minus') || tokens[index]?.norm === '-' ? index + 1 : index;
  if (!isNumber(tokens[at])) return undefined;
  if (tokens[at + 1]?.norm === '%' || isWord(tokens[at + 1], 'percent', 'pct')) return at + 2;
  // "alpha over 2020 to 2023" is a window, not a bound.
  return isYearNumber(tokens[at]) ? undefined : at + 1;
}

/** Where the measure is named and where the target ends. */
interface NamedTarget {
  name: { start: number; end: number };
  end: number;
}

/** "beta below 0.5", "alpha over 5%", "correlation to btc under 0.3", "VaR should stay within 3%". */
function metricThenBound(tokens: readonly Token[], index: number): NamedTarget | undefined {
  const name = matchLongest(tokens, index, UNKNOWN_METRICS);
  if (!name) return undefined;
  const against = isWord(tokens[name.end]) && AGAINST.has(tokens[name.end]!.norm) ? Math.min(name.end + 3, tokens.length) : name.end;
  for (const from of new Set([name.end, against - 1, against])) {
    const end = boundAfter(tokens, from);
    if (end !== undefined) return { name: { start: index, end: name.end }, end };
  }
  return undefined;
}

/** The bound and its number a few fillers on: "should stay below 0.5", "of at least 0.1" ("of" a filler or the bound itself). */
function boundAfter(tokens: readonly Token[], index: number): number | undefined {
  for (let at = index; at < index + 6; at++) {
    const bound = matchLongest(tokens, at, BOUNDS);
    const end = bound && numberAt(tokens, bound.end);
    if (end !== undefined) return end;
    if (!isWord(tokens[at]) || !FILLERS.has(tokens[at]!.norm)) return undefined;
  }
  return undefined;
}

/** "at least 5% alpha", "under 0.5 beta". */
function boundThenMetric(tokens: readonly Token[], index: number): NamedTarget | undefined {
  const bound = matchLongest(tokens, index, BOUND_FIRST);
  const number = bound && numberAt(tokens, bound.end);
  const nameAt = number === undefined ? undefined : skipWords(tokens, number, OF);
  const name = nameAt === undefined ? undefined : matchLongest(tokens, nameAt, UNKNOWN_METRICS);
  return name && { name: { start: nameAt!, end: name.end }, end: name.end };
}

/**
 * "maximize the omega ratio", "optimize for ulcer index", "rank by treynor": a run judged by a measure
 * it does not report would be ranked by Sharpe instead, an answer to another question.
 */
const JUDGED_BY = phrases('maximise|maximize|maximising|maximizing|minimise|minimize|minimising|minimizing', 'optimise|optimize|optimising|optimizing|tune|tuning for|on',
  'rank|ranked|ranking|sort|sorted|sorting|order|ordered|judge|judged|score|scored by|on|using', 'rank|ranked|ranking|sort|sorted|sorting|order|ordered them|results|runs by|on|using');
const BEFORE_JUDGED: ReadonlySet<string> = new Set(['the', 'its', 'their', 'my', 'a', 'highest', 'best', 'lowest']);

function judgedByMetric(tokens: readonly Token[], index: number): NamedTarget | undefined {
  const lead = matchLongest(tokens, index, JUDGED_BY);
  const nameAt = lead && skipWords(tokens, lead.end, BEFORE_JUDGED);
  const name = nameAt === undefined ? undefined : matchLongest(tokens, nameAt, UNKNOWN_METRICS);
  return name && { name: { start: nameAt!, end: name.end }, end: name.end };
}

export const recognizeUnknownMetricTarget: Recognizer = (tokens, index) => {
  const target = metricThenBound(tokens, index) ?? boundThenMetric(tokens, index) ?? judgedByMetric(tokens, index);
  if (!target) return undefined;
  return { end: target.end, clauses: [{ kind: 'unknown_metric', written: writtenText(tokens.slice(target.name.start, target.name.end)) }] };
};
