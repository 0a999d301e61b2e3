import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord } from '../token_matchers.js';

/**
 * "Q1 24", "Q3 22", "H1 23", "q1-24": two digits right after a quarter or half label are its year
 * (2024, 2022, 2023), as desks write them. Before, "eth q1 24 rsi" read 24 as the RSI period and Q1 as
 * this year's. The digits must stand alone: "q1 20/50", "q1 20 day", "q1 24%" keep the number a setting.
 */
const SETTING_UNITS: ReadonlySet<string> = new Set([
  'd', 'day', 'days', 'bar', 'bars', 'period', 'periods', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'h', 'hr', 'hrs', 'hour',
  'hours', 'm', 'min', 'mins', 'minute', 'minutes', 'k', 'x', 'bps', 'bp', 'percent', 'pct', 'sma', 'ema', 'ma', 'length', 'lookback',
]);

export function readLabelShortYear(tokens: readonly Token[], index: number): { year: number; end: number } | undefined {
  // "q1-24": a hyphen written against both sides joins them; with spaces it may start a range.
  const hyphen = isPunct(tokens[index], '-') && tokens[index]!.joined && tokens[index + 1]?.joined === true;
  const at = hyphen ? index + 1 : index;
  const digits = tokens[at];
  if (!isNumber(digits) || (!hyphen && digits.joined) || !/^\d{2}$/.test(digits.text)) return undefined;
  const next = tokens[at + 1];
  // "q1 20 50", "q1 20-50", "q1 20.5": a number goes on, and is a setting.
  const goesOn = next?.kind === 'number' || (isPunct(next, '/', ':', '-', '.', ',') && next!.joined && isNumber(tokens[at + 2]));
  if (goesOn || isPunct(next, '%', '/') || (isWord(next) && SETTING_UNITS.has(next!.norm))) return undefined;
  return { year: digits.value + (digits.value < 70 ? 2000 : 1900), end: at + 1 };
}
