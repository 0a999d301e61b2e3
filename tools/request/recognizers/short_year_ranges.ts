import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isYearNumber, matchLongest, phrases } from '../token_matchers.js';

/** "22-24", "21 to 23", "'22 through '24": how two short years are joined into one range. */
const SHORT_RANGE_LINKS = phrases('-', 'to', 'through', 'thru', 'till', 'until');
/** After these the numbers count something else: "20-25 days", "10-20 bps", "30-50 %". */
const COUNTED_UNITS: ReadonlySet<string> = new Set(['%', 'percent', 'pct', 'bps', 'bp', 'k', 'x', 'day', 'days', 'bar', 'bars', 'd', 'h', 'period', 'periods',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'trades', 'trade', 'times', 'dollars', 'bucks', 'usd']);

/** Two digits, with or without the apostrophe of "'22": the short year and where it ends. */
function readTwoDigits(tokens: readonly Token[], index: number): { digits: number; end: number } | undefined {
  const apostrophe = isPunct(tokens[index], "'") && tokens[index + 1]?.joined === true;
  const at = apostrophe ? index + 1 : index;
  const token = tokens[at];
  return isNumber(token) && /^\d{2}$/.test(token.norm) ? { digits: token.value, end: at + 1 } : undefined;
}

/**
 * "22-24", "21 to 23", "'22 through '24": two short years joined as a range, in order, and not
 * counting something after them ("20-25 days"); whether they are years is the caller's to say.
 */
export function readShortYearPair(tokens: readonly Token[], index: number): { start: number; end: number; after: number } | undefined {
  const first = readTwoDigits(tokens, index);
  const link = first && matchLongest(tokens, first.end, SHORT_RANGE_LINKS);
  const second = link && readTwoDigits(tokens, link.end);
  if (!first || !second || isNumber(tokens[index - 1]) || !(first.digits < second.digits)) return undefined;
  const next = tokens[second.end];
  if ((next && COUNTED_UNITS.has(next.norm)) || isPunct(next, '/', '-')) return undefined;
  return { start: 2000 + first.digits, end: 2000 + second.digits, after: second.end };
}

/**
 * "hodling since 2021 ... would sma 20 50 btc 22-24 have saved me": where the writer dates things by
 * their four-digit year elsewhere in the message, two two-digit numbers joined as a range and making
 * past years in order are those years (2022 to 2024), as "'22-'24" is; read before, they were left
 * unread and the story's "since 2021" became the window. Alone ("sma 20-50") they stay numbers.
 */
export const recognizeShortYearRange: Recognizer = (tokens, index, context) => {
  const pair = readShortYearPair(tokens, index);
  if (!pair || pair.end > Number(context.today.slice(0, 4))) return undefined;
  if (!tokens.some((token) => isYearNumber(token) && token.value >= 2000)) return undefined;
  return { end: pair.after, clauses: [{ kind: 'dates', start: `${pair.start}-01-01`, end: `${pair.end}-12-31` }] };
};
