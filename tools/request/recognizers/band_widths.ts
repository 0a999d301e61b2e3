import type { Recognizer } from '../clauses.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { matchParameterName, readValue, skipBarUnit } from './parameters.js';

/**
 * "widen the bands to 2.5", "narrow them to 1.5", "make the bands 3 wide", "bands at 2.5": one number
 * given to the bands is how wide they are, a Bollinger's std_dev. Two numbers ("tighten the bands to
 * 25/75") are an oscillator's levels (parameters.ts), and a number in bars ("bands to 30 days") is a
 * window, so neither is read here. Before, the width alone was refused as not understood.
 */
const WIDTH_VERBS = 'widen|tighten|narrow|loosen|squeeze|expand|stretch';
const BANDS = 'bands|band';
const BANDS_NAMED = phrases(`${BANDS}`, `the|its|both|my ${BANDS}`, `the bollinger ${BANDS}`, 'the band width|bandwidth');
/** Before the bands, these change them; only a verb of width makes a pronoun the bands ("widen them to 2.5"). */
const CHANGED_BANDS = [
  ...phrases(`${WIDTH_VERBS}|set|put|move|change|bring|push|pull|take|bump|raise|lower|drop|increase|reduce|make`).flatMap((verb) => BANDS_NAMED.map((bands) => [...verb, ...bands])),
  ...phrases(`${WIDTH_VERBS} them|it`),
  ...BANDS_NAMED,
];
/** Between the bands and their width: "to", "at", "out to", "back to"; after "make" or "set" none is needed ("make the bands 3 wide"). */
const WIDTH_LINKS = phrases('to', 'at', 'out|in|up|down|back to', 'out|in|up|down|back at');
const UNLINKED_VERBS = ['make', 'set'];
/** "3 wide", "2.5 sd wide": a width said as one. */
const WIDE = ['wide', 'wider'];
/** A Bollinger band is a few standard deviations wide; "tighten the bands to 25" is an RSI level, left unread. */
const MAX_BAND_WIDTH = 10;

export const recognizeBandWidth: Recognizer = (tokens, index) => {
  const bands = matchLongest(tokens, index, CHANGED_BANDS);
  if (!bands) return undefined;
  const link = matchLongest(tokens, bands.end, WIDTH_LINKS);
  const value = readValue(tokens, link?.end ?? bands.end);
  if (!value || !(value.value > 0 && value.value < MAX_BAND_WIDTH)) return undefined;
  const afterValue = tokens[value.end];
  // "to 25/75", "to 20 and 80": a pair of levels; "to 30 days": a window.
  if (isPunct(afterValue, '/', '-', ',') || isWord(afterValue, 'and', 'to') || skipBarUnit(tokens, value.end) > value.end) return undefined;
  const named = matchParameterName(tokens, value.end);
  if (named && !named.candidates.includes('std_dev')) return undefined;
  const nameEnd = named?.end ?? value.end;
  const wide = isWord(tokens[nameEnd], ...WIDE);
  // Bare "bands 2.5" or "make the bands 3" says too little: a link, "wide" or "make the bands 2.5 std" makes it the width.
  // So does a decimal after "make" or "set" ("make the band 2.5"): a level or a window is a whole number.
  const afterMake = isWord(tokens[index], ...UNLINKED_VERBS);
  const namedOrDecimalAfterMake = afterMake && (named !== undefined || !Number.isInteger(value.value));
  if (!link && !wide && !namedOrDecimalAfterMake) return undefined;
  return { end: wide ? nameEnd + 1 : nameEnd, clauses: [{ kind: 'param', candidates: ['std_dev'], value: value.value }] };
};
