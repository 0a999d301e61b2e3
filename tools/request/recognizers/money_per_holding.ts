import type { Clause, Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';
import { readMoney } from './money.js';
import { matchSymbolAt, pastAssetNoun } from './symbols.js';

/**
 * "I put 1000 dollar in bitcoin and 1000 in solana", "$5k in btc and $5k in eth", "3000 into SPY and
 * 1000 into GLD": money written per holding. Each holding's share of the sum is its weight and the
 * sum is the capital, so it reads as "75% SPY 25% GLD with 4000". Two holdings at least: one sum in
 * one holding ("$5k in btc") is only the capital, read by money.ts.
 */
const INTO = ['in', 'into', 'on'];
const JOIN_WORDS = ['and', 'plus'];

interface Holding { symbol: string; amount: number; marked: boolean; end: number }

function readHolding(tokens: readonly Token[], index: number): Holding | undefined {
  const money = readMoney(tokens, index);
  if (!money || money.amount <= 0 || !isWord(tokens[money.end], ...INTO)) return undefined;
  const found = matchSymbolAt(tokens, money.end + 1, { strong: true, shouting: false });
  return found && { symbol: found.symbol, amount: money.amount, marked: money.marked, end: pastAssetNoun(tokens, found.end) };
}

/** "2020 in btc and 2022 in eth" are years beside symbols, not sums: unmarked four-digit numbers of the calendar's range stay dates. */
function looksLikeYear(holding: Holding): boolean {
  return !holding.marked && Number.isInteger(holding.amount) && holding.amount >= 1900 && holding.amount <= 2100;
}

/** "10 in btc and 20 in eth" with no currency anywhere may be coins held, not sums: small unmarked amounts are left unread. */
const SMALLEST_UNMARKED_SUM = 100;

function readsAsMoney(holdings: readonly Holding[]): boolean {
  return holdings.some((holding) => holding.marked) || holdings.every((holding) => holding.amount >= SMALLEST_UNMARKED_SUM);
}

export const recognizeMoneyPerHolding: Recognizer = (tokens, index) => {
  const holdings: Holding[] = [];
  let at = index;
  for (let holding = readHolding(tokens, at); holding; holding = readHolding(tokens, at)) {
    holdings.push(holding);
    at = holding.end;
    const join = isPunct(tokens[at], ',') && isWord(tokens[at + 1], 'and') ? 2 : isWord(tokens[at], ...JOIN_WORDS) || isPunct(tokens[at], ',', '&') ? 1 : 0;
    if (join === 0 || !readHolding(tokens, at + join)) break;
    at += join;
  }
  const symbols = new Set(holdings.map((holding) => holding.symbol));
  if (holdings.length < 2 || symbols.size !== holdings.length || holdings.every(looksLikeYear) || !readsAsMoney(holdings)) return undefined;
  const total = holdings.reduce((sum, holding) => sum + holding.amount, 0);
  const weights = Object.fromEntries(holdings.map((holding) => [holding.symbol, holding.amount / total]));
  const clauses: Clause[] = [...holdings.map((holding): Clause => ({ kind: 'symbol', symbol: holding.symbol })),
    { kind: 'portfolio', weights }, { kind: 'capital', amount: total }];
  return { end: holdings[holdings.length - 1]!.end, clauses };
};
