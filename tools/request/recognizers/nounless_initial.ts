import type { Token } from '../tokenizer.js';
import { isWord, isYearNumber } from '../token_matchers.js';

/**
 * "initial 25k", "init 50000", "25k initial": the desk leaves the noun out after "initial" (and
 * spelling.ts reads its "init" as "initial"), so a bare "initial" beside an amount is the capital.
 * With its noun gone it says less, so the amount must look like one: written as money ("25k",
 * "$25,000"), or a plain number closing its clause ("init 50000,"); "initial 20 days" is no sum,
 * and in "macd 2024 initial" the year before it is the period, never the money.
 */
export function isNounlessInitial(tokens: readonly Token[], at: number): boolean {
  return isWord(tokens[at], 'initial') && !isWord(tokens[at + 1], 'capital', 'balance', 'equity', 'investment', 'cash', 'bankroll', 'cap', 'allocation',
    'stake', 'pot', 'opening');
}

/** An amount after a bare "initial": money as written, or a plain number with no word after it. */
export function fitsAfterInitial(tokens: readonly Token[], money: { end: number; marked: boolean }): boolean {
  return money.marked || !isWord(tokens[money.end]);
}

/** An amount before a bare "initial": not a year ("2024 initial" in "macd 2024 initial" is the period). */
export function fitsBeforeInitial(tokens: readonly Token[], amountAt: number, money: { marked: boolean }): boolean {
  return money.marked || !isYearNumber(tokens[amountAt]);
}
