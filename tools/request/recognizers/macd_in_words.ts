import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { describedStrategyClauses } from './described_strategy.js';

/**
 * "take the gap between a 12 day and a 26 day average and compare it to its own 9 day average": MACD
 * told by what it computes, the two averages its fast and slow windows and the gap's own average
 * its signal. Without the gap's own average the words say no more than two averages, which the
 * crossover readers take, so the signal is required here; read as a crossover, it would run silently wrong.
 */
const GAP_LEADS = phrases('gap|difference|spread|distance between', 'gap|difference|spread|distance of');
const AVERAGE_NOUNS = ['average', 'averages', 'avg', 'ma', 'mas', 'ema', 'emas', 'sma', 'smas', 'mean', 'means'];
const BAR_WORDS = ['day', 'days', 'd', 'bar', 'bars', 'period', 'periods', 'session', 'sessions'];
/** Words between "between" and the averages' noun: "a 12 day and a 26 day", "the 12- and 26-day moving". */
const PAIR_WORDS = ['a', 'an', 'the', 'and', 'moving', 'exponential', 'simple', ...BAR_WORDS];
const MAX_PAIR_TOKENS = 12;
/** Between the pair and the gap's own average: "and compare it to its own", ", then take a", "crosses above its own". */
const LINK_WORDS = ['and', 'then', 'compare', 'compared', 'comparing', 'check', 'checking', 'against', 'to', 'with', 'it', 'that', 'this', 'the', 'gap', 'difference',
  'its', 'their', 'own', 'a', 'an', 'versus', 'vs', 'take', 'taking', 'smooth', 'smoothed', 'using', 'use',
  'cross', 'crosses', 'crossed', 'crossing', 'goes', 'moves', 'rises', 'falls', 'above', 'over', 'below', 'under', 'line', 'smooths', 'smoothing'];
const MAX_LINK_TOKENS = 10;
/** After the gap's average, what says it is the gap's: "a 9 day average of it", "of that gap". */
const OF_THE_GAP = phrases('of it|that|this|them', 'of the|that gap|difference|spread');
const SIGNAL_NOUNS = ['signal', 'trigger'];
const KIND_WORDS = ['moving', 'exponential', 'simple'];
const MINUS_WORDS = ['minus', 'less'];
/** "smooth that line with a 9 period average": smoothing the gap is taking its own average. */
const OWN_WORDS = ['own', 'smooth', 'smoothed', 'smoothing', 'smooths'];

/** The two windows of "a 12 day and a 26 day average", through the averages' noun. */
function readPair(tokens: readonly Token[], index: number): { fast: number; slow: number; end: number } | undefined {
  const windows: number[] = [];
  for (let at = index; at < Math.min(tokens.length, index + MAX_PAIR_TOKENS); at++) {
    const token = tokens[at]!;
    if (isWord(token, ...AVERAGE_NOUNS)) {
      const [first, second] = windows;
      if (windows.length !== 2 || first === second) return undefined;
      return { fast: Math.min(first!, second!), slow: Math.max(first!, second!), end: at + 1 };
    }
    if (isNumber(token) && Number.isInteger(token.value) && token.value >= 2) windows.push(token.value);
    else if (!isWord(token, ...PAIR_WORDS) && !isPunct(token, '-', '&', ',')) return undefined;
  }
  return undefined;
}

/** "its own 9 day average", "a 9-day average of it", "a 9 day signal line": the gap's own average, after the links. */
function readSignal(tokens: readonly Token[], index: number): { signal: number; end: number } | undefined {
  let at = index;
  while (at < index + MAX_LINK_TOKENS && (isWord(tokens[at], ...LINK_WORDS) || isPunct(tokens[at], ','))) at++;
  const number = tokens[at];
  if (!isNumber(number) || !Number.isInteger(number.value) || number.value < 2) return undefined;
  const unitAt = isPunct(tokens[at + 1], '-') ? at + 2 : at + 1;
  const nounAt = isWord(tokens[unitAt], ...BAR_WORDS) ? unitAt + 1 : unitAt;
  const noun = tokens[nounAt];
  if (isWord(noun, ...SIGNAL_NOUNS)) return { signal: number.value, end: isWord(tokens[nounAt + 1], 'line') ? nounAt + 2 : nounAt + 1 };
  if (!isWord(noun, ...AVERAGE_NOUNS)) return undefined;
  const ofTheGap = matchLongest(tokens, nounAt + 1, OF_THE_GAP);
  const own = tokens.slice(index, at).some((token) => isWord(token, ...OWN_WORDS));
  if (!ofTheGap && !own) return undefined;
  return { signal: number.value, end: ofTheGap?.end ?? nounAt + 1 };
}

/** "12 day exponential avg", "26-day one": one average of a difference, a window with its unit and its noun. */
function readAverageOfDifference(tokens: readonly Token[], index: number, standIn: boolean): { window: number; end: number } | undefined {
  const at = isWord(tokens[index], 'a', 'an', 'the') ? index + 1 : index;
  const number = tokens[at];
  if (!isNumber(number) || !Number.isInteger(number.value) || number.value < 2) return undefined;
  const unitAt = isPunct(tokens[at + 1], '-') ? at + 2 : at + 1;
  if (!isWord(tokens[unitAt], ...BAR_WORDS)) return undefined;
  let nounAt = unitAt + 1;
  while (isWord(tokens[nounAt], ...KIND_WORDS)) nounAt++;
  const noun = isWord(tokens[nounAt], ...AVERAGE_NOUNS) || (standIn && nounAt === unitAt + 1 && isWord(tokens[nounAt], 'one'));
  return noun ? { window: number.value, end: nounAt + 1 } : undefined;
}

/** "the 12 day exponential avg minus the 26 day one": the gap written as a subtraction of two averages. */
function readDifference(tokens: readonly Token[], index: number): { fast: number; slow: number; end: number } | undefined {
  const first = readAverageOfDifference(tokens, index, false);
  const second = first && isWord(tokens[first.end], ...MINUS_WORDS) ? readAverageOfDifference(tokens, first.end + 1, true) : undefined;
  if (!first || !second || first.window === second.window) return undefined;
  return { fast: Math.min(first.window, second.window), slow: Math.max(first.window, second.window), end: second.end };
}

export const recognizeMacdInWords: Recognizer = (tokens, index) => {
  const lead = matchLongest(tokens, index, GAP_LEADS);
  const pair = lead ? readPair(tokens, lead.end) : readDifference(tokens, index);
  const signal = pair && readSignal(tokens, pair.end);
  if (!pair || !signal || tokens[signal.end - 1]!.sentence !== tokens[index]!.sentence) return undefined;
  const params = { fast: pair.fast, slow: pair.slow, signal: signal.signal };
  // "macd, i.e. the gap between…": the words give the named MACD its settings.
  const clauses = describedStrategyClauses(tokens, { start: index, end: signal.end, name: 'macd', params, standsAlone: true });
  return clauses && { end: signal.end, clauses };
};
