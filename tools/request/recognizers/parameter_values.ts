import type { Recognizer, RecognizerMatch } from '../clauses.js';
import { VERSUS_WORDS } from '../number_groups.js';
import { startsPeriodLabel } from '../period_labels.js';
import { readSignedNumber } from '../signed_numbers.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, isYearNumber, skipWords } from '../token_matchers.js';
import { matchParameterName } from './parameters.js';

/**
 * Values to compare for one parameter: "lookbacks of 20, 60 and 120 days", "rsi period 7, 14 or
 * 21", "oversold levels of 20, 25 and 30", "lookback 30 vs 90". Each value is a run of its own
 * (parameter_values.ts). A list is told apart from a strategy's own numbers ("macd periods 12, 26,
 * 9", "windows 10 and 50") by how people write one: joined by "vs" in any order, or rising values
 * joined by "or", or three or more after a plural name or "of". Before, the first value was taken
 * and the rest ignored.
 */
const LEADS: ReadonlySet<string> = new Set(['of', 'at', 'like', 'values', 'value', 'each', 'either']);
const BAR_UNITS = ['day', 'days', 'bar', 'bars', 'period', 'periods', 'd'];
const NOT_PARAMETER_UNITS = ['%', 'bps', 'bp', 'percent', 'pct', 'k', 'm', 'h', 'years', 'year', 'months', 'month', 'weeks', 'week', 'trades'];

/** The parameter's name at `index`, also written in the plural ("lookbacks", "short windows"). */
function matchName(tokens: readonly Token[], index: number): { end: number; candidates: readonly string[]; plural: boolean } | undefined {
  const plain = matchParameterName(tokens, index);
  for (let last = index; last < Math.min(tokens.length, index + 3); last++) {
    const token = tokens[last]!;
    if (!isWord(token) || token.norm.length < 4 || !token.norm.endsWith('s')) continue;
    const singular = [...tokens.slice(0, last), { ...token, norm: token.norm.slice(0, -1) }, ...tokens.slice(last + 1)];
    const found = matchParameterName(singular, index);
    if (found && found.end === last + 1 && (!plain || found.end > plain.end)) return { ...found, plural: true };
  }
  return plain && { ...plain, plural: false };
}

function readValue(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const number = readSignedNumber(tokens, index);
  if (!number || isYearNumber(tokens[number.end - 1])) return undefined;
  if (!startsPeriodLabel(tokens, number.end) && NOT_PARAMETER_UNITS.includes(tokens[number.end]?.norm ?? '')) return undefined;
  const unitEnd = isPunct(tokens[number.end], '-') && isWord(tokens[number.end + 1], ...BAR_UNITS) ? number.end + 2
    : isWord(tokens[number.end], ...BAR_UNITS) && !readSignedNumber(tokens, number.end + 1) ? number.end + 1 : number.end;
  return { value: number.value, end: unitEnd };
}

/** "20, 60 and 120", "7, 14 or 21", "30 vs 90": the values and whether "or" or "vs" joined them. */
function readValueList(tokens: readonly Token[], index: number): { values: number[]; end: number; or: boolean; versus: boolean } | undefined {
  const values: number[] = [];
  let or = false;
  let versus = false;
  let position = index;
  for (;;) {
    const value = readValue(tokens, position);
    if (!value) break;
    values.push(value.value);
    position = value.end;
    let next = isPunct(tokens[position], ',') ? position + 1 : position;
    if (isWord(tokens[next], 'and', 'or', ...VERSUS_WORDS)) {
      or ||= tokens[next]!.norm === 'or';
      versus ||= VERSUS_WORDS.includes(tokens[next]!.norm);
      next++;
    }
    if (next === position || !readValue(tokens, next)) break;
    position = next;
  }
  return values.length >= 2 ? { values, end: position, or, versus } : undefined;
}

/**
 * Rising values joined by "or", or three or more after a plural name or "of", or any joined by
 * "vs": values to compare, not one setting and the strategy's other numbers.
 */
function isComparedList(list: { values: readonly number[]; or: boolean; versus: boolean }, plural: boolean, ledByOf: boolean): boolean {
  const rising = list.values.every((value, at) => at === 0 || value > list.values[at - 1]!);
  return list.versus || (rising && (list.or || (list.values.length >= 3 && (plural || ledByOf))));
}

/** "lookback 30 vs 90", "rsi period 7, 14 or 21": the name, then the values. */
function readNameThenValues(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const name = matchName(tokens, index);
  if (!name) return undefined;
  const leadAt = isPunct(tokens[name.end], ':', '=') ? name.end + 1 : name.end;
  const valueAt = skipWords(tokens, leadAt, LEADS);
  const list = readValueList(tokens, valueAt);
  if (!list) return undefined;
  const ledByOf = tokens.slice(leadAt, valueAt).some((token) => token.norm === 'of');
  if (!isComparedList(list, name.plural, ledByOf)) return undefined;
  return { end: list.end, clauses: [{ kind: 'param_values', candidates: name.candidates, values: list.values }] };
}

/**
 * "a 30 vs 90 day lookback", "20, 60 or 120 day lookbacks": the values, then the name. Before, the
 * first value was the strategy's unnamed number and the last, named, silently replaced it.
 */
export function readValuesThenName(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const list = readValueList(tokens, index);
  const name = list && matchName(tokens, list.end);
  if (!name || !isComparedList(list, name.plural, false)) return undefined;
  return { end: name.end, clauses: [{ kind: 'param_values', candidates: name.candidates, values: list.values }] };
}

export const recognizeParameterValues: Recognizer = (tokens, index) => readNameThenValues(tokens, index) ?? readValuesThenName(tokens, index);
