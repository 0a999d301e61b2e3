import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, skipWords, type Phrase } from '../token_matchers.js';
import { readValue, skipBarUnit } from './parameters.js';

/**
 * One moving average as a crossover's rule writes it, with its window: "the 20 day average", "the
 * 50-day ema", "the 200 day", "the fast avg (20 bars)", "the slow one (50 bars)", "the avg of the
 * last 10 closes", "the quick exponentially weighted 5 day line", "the 20 day one". The reader of
 * the rule (crossover_rules.ts) pairs two of them across a crossing verb.
 */
export interface RuleAverage {
  window: number;
  /** The strategy the average's own words name; undefined when only its window and unit are written. */
  id?: string;
  end: number;
}

/** The averages a crossover rule names, and the strategy each kind is. */
const AVERAGES: ReadonlyArray<{ id: string; names: readonly Phrase[] }> = [
  { id: 'sma_crossover', names: phrases('average|averages|ma|mas|sma|smas|avg', 'moving average|averages', 'simple moving average|averages', 'simple average|averages') },
  { id: 'ema_crossover', names: phrases('ema|emas', 'exponential average|averages', 'exponential moving average|averages') },
];
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'its', 'an']);
/** "the fast avg", "the slow one": which of the two it is, said before it. */
const SPEED_WORDS: ReadonlySet<string> = new Set(['fast', 'faster', 'quick', 'quicker', 'short', 'shorter', 'slow', 'slower', 'long', 'longer']);
/** "exponentially weighted 5 day line": the kind said before the window ("exponentialy" is a slip the speller leaves, as an inflection). */
const EXPONENTIAL_LEADS = phrases('exponential|exponentially|exponentialy weighted|weighed', 'exponential|exponentially|exponentialy');
/** "the 5 day line", "the 20 day one": a noun that stands for the average after its window. */
const STAND_IN_NOUNS = ['line', 'one'];
/** "the avg of the last 10 closes": the window counted in closes, after the average. */
const LAST_WINDOW_LEADS = phrases('of the last|past|previous', 'of last', 'over the last|past|previous', 'over last');
const COUNTED_BARS = ['closes', 'close', 'closing', 'prices', 'days', 'bars', 'candles', 'sessions', 'periods'];

function namedAverage(tokens: readonly Token[], index: number): { id: string; end: number } | undefined {
  for (const average of AVERAGES) {
    const named = matchLongest(tokens, index, average.names);
    if (named) return { id: average.id, end: named.end };
  }
  return undefined;
}

/** "20 day average", "5 day line", "200 day": a window with its unit, then the average's name or a stand-in if written. */
function windowFirst(tokens: readonly Token[], index: number, exponential: boolean): RuleAverage | undefined {
  const value = readValue(tokens, index);
  const unitEnd = value && skipBarUnit(tokens, value.end);
  if (!value || unitEnd === undefined) return undefined;
  const named = namedAverage(tokens, unitEnd);
  if (!named && unitEnd === value.end) return undefined;
  const end = named?.end ?? (isWord(tokens[unitEnd], ...STAND_IN_NOUNS) ? unitEnd + 1 : unitEnd);
  const id = exponential ? 'ema_crossover' : named?.id;
  return { window: value.value, ...(id ? { id } : {}), end };
}

/** "(like 10 days)", "(about 30 days)": a beginner's hedge before the window, which is still the window. */
const WINDOW_HEDGES: ReadonlySet<string> = new Set(['like', 'about', 'around', 'roughly', 'approximately', 'approx', 'say', 'maybe', 'circa']);

/** "(20 bars)", "(like 10 days)": a window with its unit in brackets right after the average. */
export function bracketedWindow(tokens: readonly Token[], index: number): { window: number; end: number } | undefined {
  if (!isPunct(tokens[index], '(')) return undefined;
  const value = readValue(tokens, skipWords(tokens, index + 1, WINDOW_HEDGES));
  const unitEnd = value && skipBarUnit(tokens, value.end);
  if (!value || unitEnd === undefined || unitEnd === value.end || !isPunct(tokens[unitEnd], ')')) return undefined;
  return { window: value.value, end: unitEnd + 1 };
}

/** "of the last 10 closes": a window counted back from today's bar. */
function lastWindow(tokens: readonly Token[], index: number): { window: number; end: number } | undefined {
  const lead = matchLongest(tokens, index, LAST_WINDOW_LEADS);
  const value = lead && readValue(tokens, lead.end);
  if (!value || !isWord(tokens[value.end], ...COUNTED_BARS)) return undefined;
  return { window: value.value, end: value.end + 1 };
}

/** "avg (20 bars)", "one (50 bars)", "avg of the last 10 closes": the average named first, its window after. */
function nameFirst(tokens: readonly Token[], index: number, exponential: boolean, hasSpeed: boolean): RuleAverage | undefined {
  const named = namedAverage(tokens, index);
  // "one" stands for an average only beside its speed: "the slow one (50 bars)".
  const nameEnd = named?.end ?? (hasSpeed && isWord(tokens[index], 'one') ? index + 1 : undefined);
  if (nameEnd === undefined) return undefined;
  const window = bracketedWindow(tokens, nameEnd) ?? (named ? lastWindow(tokens, nameEnd) : undefined);
  const id = exponential ? 'ema_crossover' : named?.id;
  return window && { window: window.window, ...(id ? { id } : {}), end: window.end };
}

/** "the short average", "the slow ema": an average named without its window, which the rule writes further on. */
export function readWindowlessAverage(tokens: readonly Token[], index: number): { id?: string; end: number } | undefined {
  const afterArticle = skipWords(tokens, index, ARTICLES);
  const afterSpeed = SPEED_WORDS.has(tokens[afterArticle]?.norm ?? '') ? afterArticle + 1 : afterArticle;
  const named = namedAverage(tokens, afterSpeed);
  return named && { id: named.id, end: named.end };
}

export function readRuleAverage(tokens: readonly Token[], index: number): RuleAverage | undefined {
  const afterArticle = skipWords(tokens, index, ARTICLES);
  const hasSpeed = SPEED_WORDS.has(tokens[afterArticle]?.norm ?? '');
  const afterSpeed = hasSpeed ? afterArticle + 1 : afterArticle;
  const exponential = matchLongest(tokens, afterSpeed, EXPONENTIAL_LEADS);
  // "exponential average" is a name of its own, read by namedAverage; only a lead before a window or another name counts here.
  const kindEnd = exponential && !namedAverage(tokens, afterSpeed) ? exponential.end : afterSpeed;
  const isExponential = kindEnd > afterSpeed;
  return windowFirst(tokens, kindEnd, isExponential) ?? nameFirst(tokens, kindEnd, isExponential, hasSpeed);
}
