import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import { carriesMeaning } from '../unread_words.js';
import { startsStrategyName } from './strategies.js';
import { NOT_TICKERS, pastAssetNoun, type SymbolMatch } from './symbols.js';

/** Short words of dates and bars a list may run into: "spy tlt june 60/40", "btc eth daily 50/50". */
const CALENDAR_WORDS = ['jan', 'feb', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'daily', 'ytd', 'mtd', 'qtd', 'early', 'late', 'mid', 'half'];

/**
 * "spy tlt 60/40", "60/40 spy and tlt", "qqq, tlt 70/30": a short lower-case word we have no data
 * for, listed with a known symbol in a split that gives it a weight of its own, is a ticker. Read as
 * one ("TLT"), validation answers unknown_symbol naming it; before, it was dropped and the split
 * refused for want of a second symbol, or the message not understood. portfolio.ts takes it only
 * where the split's count says it holds a place. Never a noun saying what a name is ("spy etf"), a
 * request's own word ("btc chart", "eth pls"), an acronym of the trade or a strategy's name.
 */
export function unknownTickerAt(tokens: readonly Token[], index: number): SymbolMatch | undefined {
  const token = tokens[index];
  if (!isWord(token) || !/^[a-z]{2,5}$/.test(token!.norm) || !carriesMeaning(token!) || isWord(token, ...CALENDAR_WORDS)) return undefined;
  if (pastAssetNoun(tokens, index) !== index || NOT_TICKERS.has(token!.norm.toUpperCase()) || startsStrategyName(tokens, index)) return undefined;
  return { end: index + 1, symbol: token!.norm.toUpperCase() };
}
