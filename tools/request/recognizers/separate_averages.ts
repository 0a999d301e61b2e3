import type { RecognizerMatch } from '../clauses.js';
import type { WrittenNumber } from '../parameter_slots.js';
import type { Token } from '../tokenizer.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/** Words that join two averages named apart: "the 200-day and the 50-day", "200 day vs 50 day". */
const AVERAGE_JOINS = ['and', 'vs', 'versus'];
const BAR_UNITS = ['day', 'days', 'd', 'week', 'weeks', 'bar', 'bars', 'period', 'periods'];
const AVERAGE_NAMES = phrases('sma|ema|ma|smas|emas|mas', 'average|averages', 'moving|simple|exponential average|averages', 'simple|exponential moving average|averages');

/**
 * "200 day and 50 day sma", "200 and 50 day moving averages", "the 200-day & the 50-day": two
 * averages named apart, not a crossover's settings written in order ("sma 50/20"), so the shorter
 * window is the short one whichever is written first.
 */
export function namedApart(tokens: readonly Token[], start: number, end: number): boolean {
  const numbers = tokens.slice(start, end).flatMap((token, offset) => (token.kind === 'number' ? [start + offset] : []));
  if (numbers.length !== 2) return false;
  const between = tokens.slice(numbers[0]! + 1, numbers[1]);
  return between.some((token) => isWord(token, ...AVERAGE_JOINS, ...BAR_UNITS) || isPunct(token, '&'));
}

/** The two windows of averages named apart, the shorter first. */
export function shorterFirst(numbers: readonly WrittenNumber[]): WrittenNumber[] {
  return [...numbers].sort((first, second) => first.value - second.value);
}

/** "the 200-day", "50 day sma": one average, a whole window with its unit and perhaps its name. */
function averageAt(tokens: readonly Token[], index: number): { window: number; end: number; named: boolean; exponential: boolean } | undefined {
  const at = isWord(tokens[index], 'the', 'a') ? index + 1 : index;
  const number = tokens[at];
  if (!isNumber(number) || !Number.isInteger(number.value) || number.value < 2) return undefined;
  const unitAt = isPunct(tokens[at + 1], '-') ? at + 2 : at + 1;
  if (!isWord(tokens[unitAt], ...BAR_UNITS)) return undefined;
  const name = matchLongest(tokens, unitAt + 1, AVERAGE_NAMES);
  const exponential = name !== undefined && tokens.slice(unitAt + 1, name.end).some((token) => isWord(token, 'ema', 'emas', 'exponential'));
  return { window: number.value, end: name?.end ?? unitAt + 1, named: name !== undefined, exponential };
}

/**
 * "200 day sma vs 50 day sma", "the 200-day moving average and the 50-day moving average", "the
 * 200-day and the 50-day moving averages": two averages, each with its own unit, joined by
 * and/&/vs; an average's name after either says they are averages. The shorter is the short window.
 */
export function readAveragesNamedApart(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const first = averageAt(tokens, index);
  if (!first || !(isWord(tokens[first.end], ...AVERAGE_JOINS) || isPunct(tokens[first.end], '&'))) return undefined;
  const second = averageAt(tokens, first.end + 1);
  if (!second || !(first.named || second.named) || first.window === second.window) return undefined;
  // "20 day sma and 50 day momentum": the second window is another strategy's.
  if (!second.named && strategyNameAt(tokens, second.end) !== undefined) return undefined;
  const name = first.exponential || second.exponential ? 'ema_crossover' : 'sma_crossover';
  const params = { short: Math.min(first.window, second.window), long: Math.max(first.window, second.window) };
  return { end: second.end, clauses: [{ kind: 'strategy', name, params }] };
}
