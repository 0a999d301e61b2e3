import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';
import { startsStrategyName } from './strategies.js';
import { matchSymbolAt, type SymbolMatch } from './symbols.js';
import { unknownTickerAt } from './unknown_list_tickers.js';

/**
 * "btc and tlt 2020 buy and hold", "eth, nvda 2021 sma", "tlt & spy since 2015": a short lower-case
 * word we have no data for, listed with a known symbol and closing the list where the request goes
 * on (a date, a strategy, the end), stands where a symbol stands. Read as a ticker ("TLT"),
 * validation answers unknown_symbol naming it; before, it was dropped with only an "ignored" note
 * and the run went ahead on the other symbol alone. Ordinary words beside a symbol ("btc and then",
 * "btc and see") are stop words, strategy names or calendar words, which unknownTickerAt refuses.
 */
const LIST_CONNECTORS = [',', 'and', '&', '+', '/', 'or', 'plus', 'vs', 'versus'];

/** Everyday words of a trader's talk that may close such a list and name no ticker: "btc and cash", "btc, eth etc". */
const EVERYDAY_WORDS = ['etc', 'cash', 'fiat', 'alts', 'altco', 'defi', 'tech', 'macro', 'index', 'forex', 'bonds', 'rates', 'oil', 'me', 'co'];

/** Words after which the request goes on past the list: "… and tlt from 2020", "… and tlt buy and hold". */
const LIST_CLOSERS = ['from', 'since', 'in', 'for', 'during', 'over', 'between', 'with', 'using', 'via', 'on', 'at', 'buy', 'hodl', 'ytd', 'daily',
  'weekly', 'hourly', 'last', 'past', 'this', 'through', 'thru', 'both', 'each', 'equal', 'equally'];

/** Before a list that opens at the word: the message's start, a clause break or a word after which a symbol stands. */
const LIST_OPENERS = ['on', 'of', 'for', 'trade', 'trading', 'test', 'backtest', 'hold', 'holding', 'buy', 'compare', 'run'];

function isConnector(token: Token | undefined): boolean {
  return token !== undefined && LIST_CONNECTORS.includes(token.norm);
}

/** A known symbol (not itself an unknown word in capitals) ending exactly at `end`: "btc", "s&p 500". */
function knownSymbolEndsAt(tokens: readonly Token[], end: number, shouting: boolean): boolean {
  for (let start = Math.max(0, end - 4); start < end; start++) {
    if (matchSymbolAt(tokens, start, { shouting })?.end === end) return true;
  }
  return false;
}

/** The request goes on after the list: it ends, a clause breaks, or a date, strategy or setting follows. */
function closesList(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  if (next === undefined || next.kind === 'number' || next.kind === 'iso_date') return true;
  if (next.kind === 'punct') return !isPunct(next, '-', "'", '&', '/', '+');
  return isWord(next, ...LIST_CLOSERS) || startsStrategyName(tokens, index);
}

/**
 * A word shaped like a ticker that could close a list: the shared checks of unknownTickerAt, and no
 * plural ("bonds", "alts") or everyday word of the trade.
 */
export function isTickerShapedWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!unknownTickerAt(tokens, index) || isWord(token, ...EVERYDAY_WORDS)) return false;
  return !(token!.norm.length >= 4 && token!.norm.endsWith('s'));
}

/** "… tlt 2020": a ticker-shaped word at `index` closing a list (the list's other members are the caller's to check). */
export function closesListWithTickerShapedWord(tokens: readonly Token[], index: number): boolean {
  return isTickerShapedWord(tokens, index) && closesList(tokens, index + 1);
}

/** "btc and tlt 2020": after a known symbol and a connector, closing the list. */
function closesKnownList(tokens: readonly Token[], index: number, shouting: boolean): boolean {
  if (!isConnector(tokens[index - 1]) || !closesList(tokens, index + 1)) return false;
  // "btc, eth, and tlt": an Oxford comma is two connectors.
  const before = isPunct(tokens[index - 2], ',') && isWord(tokens[index - 1], 'and') ? index - 2 : index - 1;
  return knownSymbolEndsAt(tokens, before, shouting);
}

/** "tlt and spy 2020", "on tlt & btc": opening a list whose next member is a known symbol. */
function opensKnownList(tokens: readonly Token[], index: number, shouting: boolean): boolean {
  const before = tokens[index - 1];
  const opens = before === undefined || (before.kind === 'punct' && !isPunct(before, '-', "'")) || isWord(before, ...LIST_OPENERS);
  if (!opens || !isConnector(tokens[index + 1])) return false;
  const found = matchSymbolAt(tokens, index + 2, { shouting });
  return found !== undefined && closesList(tokens, found.end);
}

export const recognizeListedUnknownTicker: Recognizer = (tokens, index, context) => {
  if (!isTickerShapedWord(tokens, index) || matchSymbolAt(tokens, index, { shouting: context.shouting })) return undefined;
  if (!closesKnownList(tokens, index, context.shouting) && !opensKnownList(tokens, index, context.shouting)) return undefined;
  return { end: index + 1, clauses: [{ kind: 'symbol', symbol: tokens[index]!.norm.toUpperCase() }] };
};

/**
 * Where the words say a holding stands ("add tlt at 20%", "give its share to tlt"): a known symbol, or
 * a ticker-shaped word read as a ticker, so validation names it (unknown_symbol) rather than it being ignored.
 */
export function heldSymbolAt(tokens: readonly Token[], index: number, shouting: boolean): SymbolMatch | undefined {
  return matchSymbolAt(tokens, index, { shouting, strong: true }) ?? (isTickerShapedWord(tokens, index) ? unknownTickerAt(tokens, index) : undefined);
}
