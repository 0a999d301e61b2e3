import { FOREIGN_NUMBER_ANDS } from './foreign_ands.js';
import type { WrittenNumber } from './parameter_slots.js';
import { startsPeriodLabel } from './period_labels.js';
import { startsSizedBars } from './recognizers/interval.js';
import { namesValueAfter } from './recognizers/parameters.js';
import { readSignedNumber } from './signed_numbers.js';
import type { Token } from './tokenizer.js';
import { isPunct, isWord, isYearNumber, matchLongest, phrases, skipWords } from './token_matchers.js';
import { strategyNameAt } from './written_strategy_names.js';

export interface NumberGroup {
  numbers: WrittenNumber[];
  end: number;
}

const GROUP_SEPARATORS = ['/', ',', ':', '-', 'x', '&'];
const PAREN_QUALIFIERS: ReadonlySet<string> = new Set(['standard', 'default', 'classic', 'usual', 'typical', 'the', 'settings', 'params']);
/** "ema 9 vs 21": joins numbers only where the caller says the whole group must fit one strategy. */
export const VERSUS_WORDS: readonly string[] = ['vs', 'versus', 'v'];
const BAR_UNITS = ['day', 'days', 'bar', 'bars', 'period', 'periods', 'd', 'candle', 'candles'];
/** A number followed by these is money, a fee, a target or a span of time, not a parameter. */
const NOT_PARAMETER_UNITS = ['%', '$', 'bps', 'bp', 'basis', 'percent', 'pct', 'k', 'm', 'h', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'usd', 'usdt',
  'dollars', 'years', 'year', 'yr', 'yrs', 'months', 'month', 'weeks', 'week', 'trades', 'sharpe'];
/**
 * A number followed by a parameter's own name is that parameter ("2 std", "15 day exit"): the named
 * reader takes it. Not when the name has its own value after it ("bollinger 20 std 2", "macd 12 26
 * signal 9"): there the number is unnamed, where before it took the name and the value was ignored.
 */
const NAMED_AFTER = ['std', 'stdev', 'stddev', 'sd', 'sigma', 'sigmas', 'standard', 'deviation', 'deviations', 'exit', 'signal', 'fast', 'slow', 'short',
  'long', 'upper', 'lower', 'oversold', 'overbought', 'lookback', 'entry', 'ecart', 'ecarts', 'desviacion', 'desvio', 'deviazione', 'standardabweichung'];

/** "macd 8/21/5 long/short": the sides traded (allow_short), never the "long" window named after the number. */
const TRADED_SIDES = phrases('long / short', 'short / long', 'long short', 'short long', 'long and|or short', 'short and|or long');

/** "10/19/2020", "15.06.2022", "2020-10-19" begin here: a day and month, never parameters. */
function startsWrittenDate(tokens: readonly Token[], index: number): boolean {
  const separator = tokens[index + 1];
  if (!isPunct(separator, '/', '.', '-') || tokens[index + 2]?.kind !== 'number') return false;
  return isPunct(tokens[index + 3], separator!.norm) && isYearNumber(tokens[index + 4]);
}

/** "macd 8/21/5, 1d": a glued "1d" is the daily bar size (as "1h" is hourly), never a window one bar long. */
function isDailyBarSize(tokens: readonly Token[], number: { value: number; end: number }): boolean {
  const unit = tokens[number.end];
  return number.value === 1 && isWord(unit, 'd') && unit!.joined;
}

function readGroupNumber(tokens: readonly Token[], index: number): (WrittenNumber & { end: number }) | undefined {
  const number = readSignedNumber(tokens, index);
  if (!number || isWord(tokens[index]) || isYearNumber(tokens[number.end - 1]) || startsWrittenDate(tokens, index) || startsSizedBars(tokens, index)) return undefined;
  if (isDailyBarSize(tokens, number)) return undefined;
  const next = tokens[number.end];
  const joinedWord = next?.joined && isWord(next) && next.norm !== 'd' && next.norm !== 'x' && !strategyNameAt(tokens, number.end);
  if (next && !startsPeriodLabel(tokens, number.end) && (NOT_PARAMETER_UNITS.includes(unitAfter(tokens, number.end)) || joinedWord)) return undefined;
  const nameAt = isPunct(next, '-') && isWord(tokens[number.end + 1], ...BAR_UNITS) ? number.end + 2 : isWord(next, ...BAR_UNITS) ? number.end + 1 : number.end;
  if (isWord(tokens[nameAt], ...NAMED_AFTER) && !namesValueAfter(tokens, nameAt) && !matchLongest(tokens, nameAt, TRADED_SIDES)) return undefined;
  return number;
}

/** The word after a number, past a hyphen: "4-hour chart" is a span like "4 hour chart", not a window of 4. */
function unitAfter(tokens: readonly Token[], index: number): string {
  const unit = isPunct(tokens[index], '-') && isWord(tokens[index + 1]) ? tokens[index + 1] : tokens[index];
  return unit?.norm ?? '';
}

function skipBarUnit(tokens: readonly Token[], index: number): number {
  if (isPunct(tokens[index], '-') && isWord(tokens[index + 1], ...BAR_UNITS)) return index + 2;
  return isWord(tokens[index], ...BAR_UNITS) ? index + 1 : index;
}

/**
 * "10 over 30", "the 5 over the 20", "9-over-21": "over" between a crossover's two windows joins them
 * as "vs" does (before, "sma 10 over 30" ran short 10 and the default long 50). Only with `versus`, so
 * "rsi over 70" or "sharpe over 1.5" join nothing. The index of the next number, past the joiner.
 */
function versusJoinEnd(tokens: readonly Token[], index: number): number | undefined {
  const hyphened = isPunct(tokens[index], '-') && tokens[index]!.joined;
  const word = hyphened ? index + 1 : index;
  if (!isWord(tokens[word], ...VERSUS_WORDS, 'over')) return undefined;
  const after = (hyphened && isPunct(tokens[word + 1], '-')) || isWord(tokens[word + 1], 'the') ? word + 2 : word + 1;
  return readGroupNumber(tokens, after) ? after : undefined;
}

/**
 * "20/50", "(12, 26, 9)", "20, 2.5", "10 40", "12 and -26", "50 y 200", "7": the numbers of one parameter list,
 * then any "days". Years, money, fees and spans of time ("3 months") end the list. With `versus`,
 * "9 vs 21" is one list too. With `slashed`, only "/" joins numbers, so "10/30, 20/50" is read one
 * setting at a time where the whole list would be one group of four.
 */
export function readNumberGroup(tokens: readonly Token[], index: number, options: { versus?: boolean; slashed?: boolean } = {}): NumberGroup | undefined {
  const parenthesised = isPunct(tokens[index], '(');
  // "MACD (standard 12/26/9)": words saying the numbers are the usual ones.
  let position = parenthesised ? skipWords(tokens, index + 1, PAREN_QUALIFIERS) : index;
  const numbers: WrittenNumber[] = [];
  for (;;) {
    const number = readGroupNumber(tokens, position);
    if (!number) break;
    numbers.push({ value: number.value, decimal: number.decimal });
    position = skipBarUnit(tokens, number.end);
    const versus = options.versus ? versusJoinEnd(tokens, position) : undefined;
    const separator = options.slashed ? isPunct(tokens[position], '/') : isPunct(tokens[position], ...GROUP_SEPARATORS) || isWord(tokens[position], 'and', 'x', 'by', 'to', ...FOREIGN_NUMBER_ANDS);
    if (versus !== undefined) position = versus;
    else if (separator && readGroupNumber(tokens, position + 1)) position++;
    else if (options.slashed || !readGroupNumber(tokens, position)) break;
  }
  if (numbers.length === 0) return undefined;
  // "(12 and 26 days, which I gather are customary)": a remark may follow the numbers inside the
  // brackets; the numbers are still the list, and the remark's words are read as any others.
  if (parenthesised && isPunct(tokens[position], ')')) position++;
  return { numbers, end: skipBarUnit(tokens, position) };
}
