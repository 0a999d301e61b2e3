import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, isYearNumber, matchLongest, phrases, skipWords, type Phrase } from '../token_matchers.js';

/** Names people give a parameter, and the ids they may mean, best first ("fast" is MACD's fast, else a crossover's short). */
const PARAMETER_NAMES: ReadonlyArray<{ names: readonly Phrase[]; candidates: readonly string[] }> = [
  { names: phrases('short', 'short window|period|length|ma|sma|ema|average|lookback', 'short moving average'), candidates: ['short', 'fast'] },
  { names: phrases('fast', 'fast window|period|length|ma|sma|ema|average|line', 'fast moving average'), candidates: ['fast', 'short'] },
  { names: phrases('long', 'long window|period|length|ma|sma|ema|average|lookback', 'long moving average'), candidates: ['long', 'slow'] },
  { names: phrases('slow', 'slow window|period|length|ma|sma|ema|average|line', 'slow moving average'), candidates: ['slow', 'long'] },
  { names: phrases('signal', 'signal line|period|window|length'), candidates: ['signal'] },
  { names: phrases('lookback', 'look back', 'lookback period|window|length', 'look back period|window'), candidates: ['lookback', 'period'] },
  {
    names: phrases('period', 'window', 'length', 'rsi period|window|length', 'entry period|window|channel', 'channel period|window|length', 'band period|window', 'bollinger period|window'),
    candidates: ['period', 'lookback'],
  },
  { names: phrases('exit', 'exit period|window|channel|length'), candidates: ['exit_period'] },
  {
    names: phrases('lower', 'lower band|bound|threshold|level|line', 'oversold', 'oversold level|threshold|line', 'buy below|under',
      'drops|drop|falls|fall|dips|dip|goes|crosses below|under'),
    candidates: ['lower'],
  },
  {
    names: phrases('upper', 'upper band|bound|threshold|level|line', 'overbought', 'overbought level|threshold|line', 'sell above|over',
      'rises|rise|climbs|climb|goes|crosses above|over'),
    candidates: ['upper'],
  },
  {
    names: phrases('std', 'std dev', 'stdev', 'stddev', 'sd', 'sigma', 'sigmas', 'standard deviation|deviations', 'deviation|deviations', 'band width', 'bandwidth'),
    candidates: ['std_dev'],
  },
];

const ALL_NAMES = PARAMETER_NAMES.flatMap((entry) => entry.names);
const VALUE_LEADS: ReadonlySet<string> = new Set(['of', 'to', 'at', 'is', 'as', 'set', 'equal', 'equals', 'a', 'an', 'be']);
const BAR_UNITS = ['day', 'days', 'bar', 'bars', 'period', 'periods', 'd'];
const NOT_PARAMETER_UNITS = ['%', 'bps', 'bp', 'percent', 'pct', 'k', 'm', 'years', 'year', 'months', 'month', 'weeks', 'week'];

function candidatesOf(which: number): readonly string[] {
  let offset = which;
  for (const entry of PARAMETER_NAMES) {
    if (offset < entry.names.length) return entry.candidates;
    offset -= entry.names.length;
  }
  return [];
}

function readValue(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index];
  if (!isNumber(token) || isYearNumber(token) || NOT_PARAMETER_UNITS.includes(tokens[index + 1]?.norm ?? '')) return undefined;
  return token.value;
}

function skipBarUnit(tokens: readonly Token[], index: number): number {
  if (isPunct(tokens[index], '-') && isWord(tokens[index + 1], ...BAR_UNITS)) return index + 2;
  return isWord(tokens[index], ...BAR_UNITS) ? index + 1 : index;
}

const BAND_WORDS = ['band', 'bands', 'threshold', 'thresholds', 'level', 'levels'];

/** "10/90 thresholds", "30/70 bands": an RSI's lower and upper levels written apart from its name. */
function readBandPair(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lower = readValue(tokens, index);
  const upper = isPunct(tokens[index + 1], '/') ? readValue(tokens, index + 2) : undefined;
  if (lower === undefined || upper === undefined || !isWord(tokens[index + 3], ...BAND_WORDS)) return undefined;
  return { end: index + 4, clauses: [{ kind: 'param', candidates: ['lower'], value: lower }, { kind: 'param', candidates: ['upper'], value: upper }] };
}

/** "short window 10", "lookback of 60 days", "signal = 9", "10-day short window", "2.5 std", "30/70 bands". */
export const recognizeParameter: Recognizer = (tokens, index) => {
  const bands = readBandPair(tokens, index);
  if (bands) return bands;
  const named = matchLongest(tokens, index, ALL_NAMES);
  if (named) {
    const valueAt = isPunct(tokens[named.end], '=', ':') ? named.end + 1 : skipWords(tokens, named.end, VALUE_LEADS);
    const value = readValue(tokens, valueAt);
    if (value === undefined) return undefined;
    return { end: skipBarUnit(tokens, valueAt + 1), clauses: [{ kind: 'param', candidates: candidatesOf(named.which), value }] };
  }
  const value = readValue(tokens, index);
  if (value === undefined) return undefined;
  const nameAt = skipBarUnit(tokens, index + 1);
  const trailing = matchLongest(tokens, nameAt, ALL_NAMES);
  return trailing && { end: trailing.end, clauses: [{ kind: 'param', candidates: candidatesOf(trailing.which), value }] };
};
