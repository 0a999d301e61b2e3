import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * Trade verbs and signs around a written weight: "put 120% into BTC", "allocate 70% to btc",
 * "short 20% DOGE", "20% short DOGE", "DOGE 20% short", "-20% doge". A short leg is a negative
 * weight, so a long/short or leveraged book is refused as such (written_weights.ts) instead of being
 * run as plain holdings with its numbers left unread.
 */
type Direction = 1 | -1;

const SHORT_VERBS = phrases('short', 'shorting', 'go|going short', 'sell|selling short', 'short sell|selling');
const LONG_VERBS = phrases('long', 'go|going long', 'put', 'putting', 'allocate', 'allocating', 'invest', 'investing');
const LEAD_VERBS = [...SHORT_VERBS, ...LONG_VERBS];

/** "short", "put", "go long" before a weight or a symbol, and the direction it gives the weight. */
export function readTradeVerb(tokens: readonly Token[], index: number): { direction: Direction; end: number } | undefined {
  const found = matchLongest(tokens, index, LEAD_VERBS);
  return found && { direction: found.which < SHORT_VERBS.length ? -1 : 1, end: found.end };
}

/** "short" or "long" between a weight and its symbol: "20% short DOGE". */
export function readDirectionWord(tokens: readonly Token[], index: number): { direction: Direction; end: number } | undefined {
  if (isWord(tokens[index], 'short')) return { direction: -1, end: index + 1 };
  return isWord(tokens[index], 'long') ? { direction: 1, end: index + 1 } : undefined;
}

/**
 * "DOGE 20% short" closing an item: only where the word ends the item, since "… ETH 50% short 20
 * long 50" and "short window" are a strategy's settings.
 */
export function readTrailingDirection(tokens: readonly Token[], index: number): { direction: Direction; end: number } | undefined {
  const direction = readDirectionWord(tokens, index);
  const next = tokens[index + 1];
  const closes = next === undefined || isPunct(next, ',', ';', '.', '/', '+', '&') || isWord(next, 'and', 'plus');
  return direction && closes ? direction : undefined;
}

/** "-20%", "+120%": a sign written against the number; "2020-2021" and "10-40" are ranges, not signs. */
export function readWeightSign(tokens: readonly Token[], index: number): { direction: Direction; end: number } | undefined {
  const sign = tokens[index];
  if (!isPunct(sign, '-', '+') || !isNumber(tokens[index + 1]) || !tokens[index + 1]!.joined) return undefined;
  if (isNumber(tokens[index - 1]) && sign!.joined) return undefined;
  return { direction: sign!.norm === '-' ? -1 : 1, end: index + 1 };
}

/** "long-short", "long/short": a book with a short leg. */
export const LONG_SHORT_LABELS = phrases('long short', 'long / short', 'long and short');

/**
 * "120/-20", "130/30": a split whose legs may carry a written sign. `signed` when one does, so the
 * split is a long-short book by its numbers alone; unsigned, only a "long-short" label makes it one.
 */
export function readSignedSplit(tokens: readonly Token[], index: number): { legs: number[]; signed: boolean; end: number } | undefined {
  const legs: number[] = [];
  let signed = false;
  let position = index;
  for (;;) {
    const sign = legs.length > 0 ? readWeightSign(tokens, position) : undefined;
    const number = tokens[sign?.end ?? position];
    if (!isNumber(number) || number.value <= 0) break;
    if (sign?.direction === -1) signed = true;
    legs.push((sign?.direction ?? 1) * number.value);
    position = (sign?.end ?? position) + 1;
    if (!isPunct(tokens[position], '/')) break;
    position++;
  }
  // A dangling slash belongs to what follows ("120/-20 BTC/ETH" stops before "BTC").
  const end = isPunct(tokens[position - 1], '/') ? position - 1 : position;
  return legs.length >= 2 ? { legs, signed, end } : undefined;
}
