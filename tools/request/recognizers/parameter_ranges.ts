import type { Recognizer } from '../clauses.js';
import { readSignedNumber } from '../signed_numbers.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, isYearNumber, skipWords } from '../token_matchers.js';
import { matchParameterName } from './parameters.js';

/**
 * A parameter's search range: "short window 10 to 50 step 10", "std from 1.5 to 3", "period
 * between 15 and 30", "long 100-200". A range asks for a search over that parameter, so it is
 * optimisation intent. The spec cannot carry the range itself (the optimiser searches each
 * strategy's own space), so it becomes a `param_range` clause that the parser reports in a note
 * rather than a setting dropped in silence or its first number taken as the value.
 * "change the short window from 10 to 20" is a change, not a range: its second number is the value.
 */
const LEADS: ReadonlySet<string> = new Set(['from', 'between', 'of', 'in', 'over', 'across', 'range', 'ranging', 'values', 'sweep', 'swept',
  // "somewhere between 10 and 30", "anywhere from 5 to 20", "roughly 10-30".
  'somewhere', 'anywhere', 'roughly', 'around', 'say', 'at', 'be']);
const SEPARATORS = ['to', 'thru', 'through', 'till', 'until', '-', '..', '...', '…', '~'];
const STEP_WORDS: ReadonlySet<string> = new Set(['step', 'steps', 'stepping', 'by', 'increments', 'increment', 'every', 'in', 'of', 'size', 'a']);
const CHANGE_VERBS = ['change', 'changed', 'changing', 'move', 'moved', 'raise', 'lower', 'bump', 'increase', 'decrease', 'reduce', 'switch', 'adjust', 'shift', 'push', 'cut', 'tweak', 'take'];
const OWNER_WORDS: ReadonlySet<string> = new Set(['the', 'my', 'its', 'your', 'their', 'sma', 'ema', 'rsi', 'macd', 'bb', 'bollinger']);
/** Money, fees and spans after a number: "from 10 to 20 bps" is no parameter range. */
const NOT_PARAMETER_UNITS = ['%', 'bps', 'bp', 'percent', 'pct', 'k', 'm', 'years', 'year', 'months', 'month', 'weeks', 'week', 'trades'];

function readBound(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const number = readSignedNumber(tokens, index);
  if (!number || isYearNumber(tokens[number.end - 1]) || NOT_PARAMETER_UNITS.includes(tokens[number.end]?.norm ?? '')) return undefined;
  return number;
}

function isSeparator(token: Token | undefined, between: boolean): boolean {
  return Boolean(token && SEPARATORS.includes(token.norm)) || (between && isWord(token, 'and'));
}

/** ", step 10", "in steps of 5", "(step 0.25)", "by 10": the step after a range, if written. */
function readStep(tokens: readonly Token[], index: number): { step: number; end: number } | undefined {
  const open = isPunct(tokens[index], ',', '(') ? index + 1 : index;
  const at = skipWords(tokens, open, STEP_WORDS);
  if (at === open) return undefined;
  const step = readSignedNumber(tokens, at);
  if (!step || step.value <= 0) return undefined;
  return { step: step.value, end: isPunct(tokens[index], '(') && isPunct(tokens[step.end], ')') ? step.end + 1 : step.end };
}

/**
 * "period in [7,21]", "lookback in {30, 60, 90, 120, 180}", "lower: [20..35]": a search written as a
 * bracket after the parameter's name, as quants write a grid. Two numbers in square brackets are an
 * interval; braces, or three or more numbers, are the values to try. Either way a search, never a
 * setting, and never years (before, "[7,21]" and "[20,35]" read as 2007, 2021, 2020 and 2035).
 * Only square brackets and braces: "window (10, 50)" may be two windows of a crossover.
 */
function readBracketedSearch(tokens: readonly Token[], index: number): { min: number; max: number; values?: number[]; end: number } | undefined {
  const open = tokens[index];
  if (!isPunct(open, '(') || !['[', '{'].includes(open!.text)) return undefined;
  const values: number[] = [];
  let interval = false;
  for (let at = index + 1; ;) {
    const number = readSignedNumber(tokens, at);
    if (!number) return undefined;
    values.push(number.value);
    if (isPunct(tokens[number.end], ')')) {
      at = number.end + 1;
      const min = Math.min(...values);
      const max = Math.max(...values);
      if (values.length < 2 || min === max) return undefined;
      if (open!.text === '[' && values.length === 2) return values[0]! < values[1]! ? { min, max, end: at } : undefined;
      // "[7 to 21, 30]" mixes an interval and a list: no reading is sure.
      return interval ? undefined : { min, max, values: [...new Set(values)].sort((a, b) => a - b), end: at };
    }
    const rangeMark = isSeparator(tokens[number.end], false);
    if (!rangeMark && !isPunct(tokens[number.end], ',', ';')) return undefined;
    interval ||= rangeMark;
    at = number.end + 1;
  }
}

export const recognizeParameterRange: Recognizer = (tokens, index) => {
  // "change the short window from 10 to 20" is read from its verb, so the verb is read too.
  // "lower in [20,35]": "lower" is the parameter's name when no other name follows it.
  const changed = isWord(tokens[index], ...CHANGE_VERBS) ? matchParameterName(tokens, skipWords(tokens, index + 1, OWNER_WORDS)) : undefined;
  const change = changed !== undefined;
  const name = changed ?? matchParameterName(tokens, index);
  if (!name) return undefined;
  const leadAt = isPunct(tokens[name.end], ':', '=') ? name.end + 1 : name.end;
  const valueAt = skipWords(tokens, leadAt, LEADS);
  const bracketed = change ? undefined : readBracketedSearch(tokens, valueAt);
  if (bracketed) {
    const { end, ...range } = bracketed;
    return { end, clauses: [{ kind: 'param_range', candidates: name.candidates, ...range }, { kind: 'optimize', value: true }] };
  }
  const between = tokens.slice(leadAt, valueAt).some((token) => token.norm === 'between');
  const min = readBound(tokens, valueAt);
  if (!min || !isSeparator(tokens[min.end], between)) return undefined;
  const max = readBound(tokens, min.end + 1);
  if (!max) return undefined;
  if (change) return { end: max.end, clauses: [{ kind: 'param', candidates: name.candidates, value: max.value }] };
  // A range runs upwards; "period 30-10" is not one.
  if (!(min.value < max.value)) return undefined;
  const step = readStep(tokens, max.end);
  return {
    end: step?.end ?? max.end,
    clauses: [
      { kind: 'param_range', candidates: name.candidates, min: min.value, max: max.value, ...(step ? { step: step.step } : {}) },
      { kind: 'optimize', value: true },
    ],
  };
};
