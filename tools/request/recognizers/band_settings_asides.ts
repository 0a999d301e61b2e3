import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, matchLongest, phrases } from '../token_matchers.js';
import { readAverage, readWidth } from './bands_in_words.js';
import { describedStrategyClauses } from './described_strategy.js';
import { readValue, skipBarUnit } from './parameters.js';

/**
 * "the lower band (20 days, 2 standard deviations)", "buy at the lower band, 2.5 std, 30 day average":
 * a band named in a rule, its settings listed straight after it. A width in standard deviations is
 * what makes it a Bollinger band ("the lower band" alone may be an RSI level), so one is required;
 * a window in bars is its period. Before, the band words were ignored and the width was a setting no
 * strategy had, so only the baseline ran.
 */
const BAND_NOUNS = phrases('band|bands', 'lower|bottom|upper|top|outer band|bands');
const SETTINGS_LEADS = phrases('(', ',', ':', 'with', 'using', 'at');
const SETTINGS_JOINS = phrases(',', 'and', '/', ';', ', and');

interface BandSettings {
  period?: number;
  std_dev?: number;
}

/** "20 days", "a 30 day average": the bands' window. */
function readWindow(tokens: readonly Token[], index: number): { period: number; end: number } | undefined {
  const average = readAverage(tokens, index);
  if (average?.period !== undefined) return { period: average.period, end: average.end };
  const value = readValue(tokens, index);
  const unitEnd = value && skipBarUnit(tokens, value.end);
  if (!value || unitEnd === value.end || !Number.isInteger(value.value) || value.value < 2) return undefined;
  return { period: value.value, end: unitEnd! };
}

/** The listed settings, each given once: "20 days, 2 standard deviations", "2.5 std and a 30 day average". */
function readSettings(tokens: readonly Token[], index: number): { settings: BandSettings; end: number } | undefined {
  const settings: BandSettings = {};
  let end = index;
  for (let at = index; ;) {
    const width = settings.std_dev === undefined ? readWidth(tokens, at) : undefined;
    const window = width || settings.period !== undefined ? undefined : readWindow(tokens, at);
    if (!width && !window) break;
    if (width) settings.std_dev = width.width;
    if (window) settings.period = window.period;
    end = width?.end ?? window!.end;
    const join = matchLongest(tokens, end, SETTINGS_JOINS);
    if (!join) break;
    at = join.end;
  }
  return end > index ? { settings, end } : undefined;
}

export const recognizeBandSettingsAside: Recognizer = (tokens, index): RecognizerMatch | undefined => {
  const band = matchLongest(tokens, index, BAND_NOUNS);
  const lead = band && matchLongest(tokens, band.end, SETTINGS_LEADS);
  const listed = lead && readSettings(tokens, lead.end);
  if (!listed || listed.settings.std_dev === undefined) return undefined;
  const opened = isPunct(tokens[lead!.end - 1], '(');
  const end = opened && isPunct(tokens[listed.end], ')') ? listed.end + 1 : listed.end;
  const clauses = describedStrategyClauses(tokens, { start: index, end, name: 'bollinger_bands', params: { ...listed.settings }, standsAlone: true });
  return clauses && { end, clauses };
};
