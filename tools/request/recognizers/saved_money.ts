/**
 * "two thousand dollars saved", "got 2k saved up", "my savings": money put by, which a story around a
 * request tells, not runs saved in the store ("what have I got saved for ETH?"). "saved" is money's
 * when "up" follows it or an amount or a word for money stands just before it, unless the runs'
 * noun follows it: "top 5 saved runs" counts runs.
 */
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord } from '../token_matchers.js';
import { RUN_NAMES } from './saved_run_words.js';

const MONEY_WORDS = ['dollars', 'dollar', 'bucks', 'usd', 'eur', 'euros', 'pounds', 'quid', 'grand', 'k', 'money', 'cash', 'capital', 'savings', 'funds'];
/** How far before "saved" its amount may stand: "$2,000 or so saved", "two thousand dollars saved". */
const AMOUNT_REACH = 3;

/** Whether the word "saved" at `index` speaks of money put by, not of saved runs. */
export function savesMoney(tokens: readonly Token[], index: number): boolean {
  if (isWord(tokens[index + 1], 'up')) return true;
  if (isWord(tokens[index + 1], ...RUN_NAMES)) return false;
  const before = tokens.slice(Math.max(0, index - AMOUNT_REACH), index).filter((token) => token.sentence === tokens[index]!.sentence);
  return before.some((token) => isWord(token, ...MONEY_WORDS) || isPunct(token, '$', '€', '£') || (isNumber(token) && before.at(-1) === token));
}

/** Whether some "saved" in `tokens` speaks of saved runs. */
export function namesSavedRuns(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => isWord(token, 'saved') && !savesMoney(tokens, index));
}
