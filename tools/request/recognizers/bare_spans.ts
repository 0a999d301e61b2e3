import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { readRunLength } from './run_lengths.js';
import { isNumber, isWord } from '../token_matchers.js';
import { isPriceWindow } from './price_windows.js';
import { readCount, readUnit, trailingSpan, UNIT_MONTHS } from './dates.js';

/** Short units a desk writes joined to the count: "1y", "3yrs", "18mo", "12m". */
const SHORT_UNITS: ReadonlySet<string> = new Set(['y', 'yr', 'yrs', 'mo', 'mos', 'm']);

/**
 * Minute bars charts offer ("1m", "5m", "15m"): written alone these stay bar intervals (interval.ts),
 * so "btc 15m ema" is never fifteen months. Other counts of "m" ("6m", "12m") are months.
 */
const MINUTE_BAR_SIZES: ReadonlySet<number> = new Set([1, 2, 3, 5, 10, 15, 20, 30, 45]);

/**
 * "run it on the daily, 1y", "eth ema 12/26, 3y", "18mo": a span written as desk shorthand, with no
 * "last" before it, is the trailing period ending today, as "the last 3 years" is (dates.ts).
 */
export const recognizeBareSpan: Recognizer = (tokens, index, context) => readRunLength(tokens, index, context.today) ?? readShorthandSpan(tokens, index, context.today);

function readShorthandSpan(tokens: readonly Token[], index: number, today: string): RecognizerMatch | undefined {
  const count = isNumber(tokens[index]) ? readCount(tokens[index]) : undefined;
  const unitToken = tokens[index + 1];
  if (count === undefined || !unitToken?.joined || !isWord(unitToken) || !SHORT_UNITS.has(unitToken.norm)) return undefined;
  if (unitToken.norm === 'm' && MINUTE_BAR_SIZES.has(count)) return undefined;
  const unit = readUnit(unitToken);
  if (unit === undefined || !Object.hasOwn(UNIT_MONTHS, unit) || isPriceWindow(tokens, index, index + 2)) return undefined;
  const span = trailingSpan(unit, count, today);
  return span && { end: index + 2, clauses: [{ kind: 'dates', start: span.start, end: span.end }] };
};
