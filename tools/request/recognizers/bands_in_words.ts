import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, matchLongest, phrases } from '../token_matchers.js';
import { describedStrategyClauses } from './described_strategy.js';
import { readValue, skipBarUnit } from './parameters.js';

/**
 * "the 20 day average minus 2 standard deviations", "2 standard deviations either side of the 20-day
 * mean": Bollinger bands told by how they are drawn, the average's window their period and the
 * deviations their width. Before, the window was left unread and "minus 2" read as a width of -2.
 * "a band around the average, plus and minus 2 standard deviations" names no window: the period stays at its default.
 */
const AVERAGE_NAMES = phrases('average|mean|ma|sma', 'moving average|mean', 'simple moving average');
const OFFSETS = phrases('minus|plus', 'plus|minus and|or minus|plus', '+ / -', '±');
const DEVIATIONS = phrases('standard deviation|deviations', 'std|stdev|stdevs|sd|sds|sigma|sigmas', 'std dev|devs', 'standard dev|devs');
const AROUND = phrases('above|below|from|around|off|beyond', 'away from', 'either|each side of', 'above|below and|or below|above', 'on either|each side of');
const ARTICLES = phrases('the', 'its', 'a');
/** "the average of the last 20 days": the window told after the average. */
const WINDOW_AFTER = phrases('of|over the last|past', 'of|over the');
/** Bands are a few deviations wide; more is no Bollinger width. */
const MAX_WIDTH = 10;

/** "20 days" after "the average of the last": a whole window in bars. */
function readWindowAfter(tokens: readonly Token[], index: number): { period: number; end: number } | undefined {
  const lead = matchLongest(tokens, index, WINDOW_AFTER);
  const value = lead && readValue(tokens, lead.end);
  const unitEnd = value && skipBarUnit(tokens, value.end);
  if (!value || unitEnd === value.end || !Number.isInteger(value.value) || value.value < 2) return undefined;
  return { period: value.value, end: unitEnd! };
}

/** "20 day average", "the 20-day moving average", "the average of the last 20 days": the window; "the average" has none. */
export function readAverage(tokens: readonly Token[], index: number): { period?: number; end: number } | undefined {
  const start = matchLongest(tokens, index, ARTICLES)?.end ?? index;
  const unnamedWindow = matchLongest(tokens, start, AVERAGE_NAMES);
  if (unnamedWindow) return readWindowAfter(tokens, unnamedWindow.end) ?? { end: unnamedWindow.end };
  const value = readValue(tokens, start);
  const unitEnd = value && skipBarUnit(tokens, value.end);
  const name = value && unitEnd! > value.end ? matchLongest(tokens, unitEnd!, AVERAGE_NAMES) : undefined;
  if (!value || !name || !Number.isInteger(value.value) || value.value < 2) return undefined;
  return { period: value.value, end: name.end };
}

/** "2 standard deviations": the width, through its unit. */
export function readWidth(tokens: readonly Token[], index: number): { width: number; end: number } | undefined {
  const value = readValue(tokens, index);
  const unit = value && matchLongest(tokens, value.end, DEVIATIONS);
  if (!value || !unit || !(value.value > 0 && value.value < MAX_WIDTH)) return undefined;
  return { width: value.value, end: unit.end };
}

interface DrawnBands {
  period?: number;
  width: number;
  end: number;
}

function averageThenWidth(tokens: readonly Token[], index: number): DrawnBands | undefined {
  const average = readAverage(tokens, index);
  // "the average, plus and minus 2 sd": a comma may set the offset apart.
  const offsetStart = average && (isPunct(tokens[average.end], ',') ? average.end + 1 : average.end);
  const offset = offsetStart !== undefined ? matchLongest(tokens, offsetStart, OFFSETS) : undefined;
  const width = offset && readWidth(tokens, offset.end);
  return width && { period: average!.period, width: width.width, end: width.end };
}

function widthThenAverage(tokens: readonly Token[], index: number): DrawnBands | undefined {
  const width = readWidth(tokens, index);
  const around = width && matchLongest(tokens, width.end, AROUND);
  const average = around && readAverage(tokens, around.end);
  return average && { period: average.period, width: width!.width, end: average.end };
}

/** "(2.5 standard deviations away)", "2 std wide": a width told as how far the lines or bands sit. */
const DISTANCE_WORDS = phrases('away', 'wide', 'apart', 'out', 'away from it|the average');

function readWidthAside(tokens: readonly Token[], index: number): { width: number; end: number } | undefined {
  const opened = isPunct(tokens[index], '(', ',') ? index + 1 : index;
  const width = readWidth(tokens, opened);
  if (!width) return undefined;
  const end = matchLongest(tokens, width.end, DISTANCE_WORDS)?.end ?? width.end;
  if (!isPunct(tokens[index], '(')) return { width: width.width, end };
  return isPunct(tokens[end], ')') ? { width: width.width, end: end + 1 } : undefined;
}

/**
 * "the average of the last 20 days and then two lines above and below it (2.5 standard deviations away)":
 * the bands drawn as lines on either side of an average with a window, their width told after them.
 */
const LINE_WORDS = phrases('and then|also', 'and', 'then', 'with', 'plus');
const LINE_NOUNS = phrases('two|2 lines|bands', 'lines|bands', 'a line|band');
const EITHER_SIDE = phrases('above and below it|that', 'below and above it|that', 'on either|each side of it|that', 'on either|each side', 'either|each side of it|that', 'around it|that');

function averageThenLines(tokens: readonly Token[], index: number): DrawnBands | undefined {
  const average = readAverage(tokens, index);
  if (average?.period === undefined) return undefined;
  const afterComma = isPunct(tokens[average.end], ',') ? average.end + 1 : average.end;
  const joined = matchLongest(tokens, afterComma, LINE_WORDS)?.end ?? afterComma;
  const lines = matchLongest(tokens, joined, LINE_NOUNS);
  const side = lines && matchLongest(tokens, lines.end, EITHER_SIDE);
  const width = side && readWidthAside(tokens, side.end);
  return width && { period: average.period, width: width.width, end: width.end };
}

/** "Bands around the 30-day average, 2 std wide": the bands named, the average they surround, then their width. */
const BANDS_AROUND = phrases('bands|lines around|about|round|on|of', 'bands|lines drawn around|about|round');

function bandsAroundAverage(tokens: readonly Token[], index: number): DrawnBands | undefined {
  const around = matchLongest(tokens, index, BANDS_AROUND);
  const average = around && readAverage(tokens, around.end);
  if (average?.period === undefined) return undefined;
  const width = readWidthAside(tokens, average.end);
  return width && { period: average.period, width: width.width, end: width.end };
}

export const recognizeBandsInWords: Recognizer = (tokens, index): RecognizerMatch | undefined => {
  const bands = averageThenWidth(tokens, index) ?? widthThenAverage(tokens, index) ?? averageThenLines(tokens, index) ?? bandsAroundAverage(tokens, index);
  if (!bands) return undefined;
  const params = { ...(bands.period === undefined ? {} : { period: bands.period }), std_dev: bands.width };
  // Beside a named Bollinger the words are its settings; beside another strategy, a filter it cannot take, left unread.
  const clauses = describedStrategyClauses(tokens, { start: index, end: bands.end, name: 'bollinger_bands', params, standsAlone: true });
  return clauses && { end: bands.end, clauses };
};
