import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { matchParameterName, readValue, recognizeParameter } from './parameters.js';

/**
 * Units that make a number a window of bars even with no noun after them. "14 day" is a compound
 * whose noun (the period) is left unsaid; "30 days" may be a stretch of time, so plural days are not
 * among them. "20 periods", "50 bars" count bars whatever their number.
 */
const ELIDED_WINDOW_UNITS = ['day', 'bar', 'bars', 'period', 'periods', 'session', 'candle', 'candles'];
/** Units of a stretch of time as well as of a window: one only beside another setting ("25 days and 1.5 standard deviations"). */
const SPAN_OR_WINDOW_UNITS = ['days', 'sessions'];
/** Words before a count of bars that make it a stretch of time or a schedule, not a window: "the last 20 bars", "every 5 bars". */
const SPAN_LEADS = ['last', 'past', 'previous', 'prior', 'next', 'first', 'over', 'for', 'every', 'each', 'within', 'in', 'after', 'than', 'ago'];
/** What may follow such a window: the end of a list item ("14 day, buy under 30") or of the message. */
const ITEM_ENDS = ['and', '&', ',', '.', ';', ')', '!', '?'];

/** Verbs that put a bare number to the test: "try 120", "use 90 instead", "run it with 30". */
const TRYING = phrases('try|use|test|run|rerun', 'try|use|test|run|rerun it|that', 'try|use|test|run|rerun with', 'try|use|test|run|rerun it|that with');
/** What may follow the number so it stands alone: "try 120 on ETH", "use 90 instead", "try 120 days". */
const TRIED_ENDS = ['on', 'for', 'instead', 'then', 'now', 'please', '.', ',', '!', ';'];
const TRIED_UNITS = ['days', 'day', 'bars', 'periods'];

/**
 * "Try 120 on ETH.", "use 90": a whole number tried on its own is the window of the strategy in
 * play, as "momentum 120" would be. Not a year ("try 2021", a period), nor a number with a unit of
 * its own ("try 10%", "use 5 years").
 */
function recognizeTriedWindow(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, TRYING);
  const value = verb && readValue(tokens, verb.end);
  if (!value || !Number.isInteger(value.value) || value.value < 2 || value.value >= 1000) return undefined;
  // "make it 40 day entry 15 exit": a unit followed by more names another setting (parameters.ts).
  const end = isWord(tokens[value.end], ...TRIED_UNITS) ? value.end + 1 : value.end;
  const after = tokens[end];
  if (after !== undefined && !isWord(after, ...TRIED_ENDS) && !isPunct(after, ...TRIED_ENDS)) return undefined;
  // "try 20, 50 and 100": a list of values to compare, read as such elsewhere (parameter_values.ts).
  if (isPunct(after, ',') && readValue(tokens, end + 1)) return undefined;
  // "use 65 for the upper": the number is the setting named after "for" (parameters.ts), not the window.
  if (isWord(after, 'for') && matchParameterName(tokens, isWord(tokens[end + 1], 'the') ? end + 2 : end + 1)) return undefined;
  return { end, clauses: [{ kind: 'param', candidates: ['period', 'lookback'], value: value.value }] };
}

/**
 * "can u test rsi on ethereum, 14 day, buy under 30", "with the usual twenty periods and two standard
 * deviations": a window written alone, as an item of the settings, is the strategy's period.
 * Only a whole count of bars that ends its item: "a 14 day trial" has its own noun, "the last 20
 * bars" is a stretch of time, and "30 days" may be one unless a setting is its neighbour in the list
 * ("twenty-five days and one and a half standard deviations").
 */
export const recognizeBareWindow: Recognizer = (tokens, index, context) => {
  const tried = recognizeTriedWindow(tokens, index);
  if (tried) return tried;
  if (isWord(tokens[index - 1], ...SPAN_LEADS)) return undefined;
  const value = readValue(tokens, index);
  if (!value || !Number.isInteger(value.value) || value.value < 2) return undefined;
  const unitAt = isPunct(tokens[value.end], '-') ? value.end + 1 : value.end;
  const after = tokens[unitAt + 1];
  if (after !== undefined && !isWord(after, ...ITEM_ENDS) && !isPunct(after, ...ITEM_ENDS)) return undefined;
  const besideSetting = isWord(after, 'and') && recognizeParameter(tokens, unitAt + 2, context) !== undefined;
  if (!isWord(tokens[unitAt], ...ELIDED_WINDOW_UNITS) && !(besideSetting && isWord(tokens[unitAt], ...SPAN_OR_WINDOW_UNITS))) return undefined;
  return { end: unitAt + 1, clauses: [{ kind: 'param', candidates: ['period', 'lookback'], value: value.value }] };
};
