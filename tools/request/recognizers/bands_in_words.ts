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
/** Bands are a few deviations wide; more is no Bollinger width. */
const MAX_WIDTH = 10;

/** "20 day average", "the 20-day moving average": the window, through the average's name; "the average" has none. */
export function readAverage(tokens: readonly Token[], index: number): { period?: number; end: number } | undefined {
  const start = matchLongest(tokens, index, ARTICLES)?.end ?? index;
  const unnamedWindow = matchLongest(tokens, start, AVERAGE_NAMES);
  if (unnamedWindow) return { end: unnamedWindow.end };
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

export const recognizeBandsInWords: Recognizer = (tokens, index): RecognizerMatch | undefined => {
  const bands = averageThenWidth(tokens, index) ?? widthThenAverage(tokens, index);
  if (!bands) return undefined;
  const params = { ...(bands.period === undefined ? {} : { period: bands.period }), std_dev: bands.width };
  // Beside a named Bollinger the words are its settings; beside another strategy, a filter it cannot take, left unread.
  const clauses = describedStrategyClauses(tokens, { start: index, end: bands.end, name: 'bollinger_bands', params, standsAlone: true });
  return clauses && { end: bands.end, clauses };
};
