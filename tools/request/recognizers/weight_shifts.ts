import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isWord, matchLongest, percentSignEnd, phrases, skipWords } from '../token_matchers.js';
import { matchSymbolAt } from './symbols.js';

/**
 * "shift 10% from btc into sol", "move 15% out of SPY and into TLT", "take 5% from ETH and give it
 * to SOL": weight moved between two holdings of the portfolio; the others keep theirs
 * (portfolio_follow_ups.ts). Only with a percentage, so "move from BTC to ETH" stays a symbol swap.
 */
const SHIFT_VERBS = phrases('shift|move|rotate|transfer|reallocate|switch|take|put');
const FROM_WORDS = phrases('from', 'out of', 'off', 'of');
const TO_WORDS = phrases('into', 'to', 'in', 'onto', 'over to', 'over into', 'and into|to', 'and put it into|in', 'and give it to', 'and add it to');

function percentAt(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const number = tokens[index];
  const signEnd = isNumber(number) ? percentSignEnd(tokens, index + 1) : undefined;
  return signEnd === undefined ? undefined : { value: number!.value / 100, end: signEnd };
}

export const recognizeWeightShift: Recognizer = (tokens, index, context) => {
  const verb = matchLongest(tokens, index, SHIFT_VERBS);
  const weight = verb && percentAt(tokens, skipWords(tokens, verb.end, new Set(['another', 'a', 'further'])));
  const from = weight && matchLongest(tokens, weight.end, FROM_WORDS);
  const source = from && matchSymbolAt(tokens, skipWords(tokens, from.end, new Set(['the'])), { shouting: context.shouting, strong: true });
  const to = source && matchLongest(tokens, source.end, TO_WORDS);
  const target = to && matchSymbolAt(tokens, skipWords(tokens, to.end, new Set(['the'])), { shouting: context.shouting, strong: true });
  if (!target || target.symbol === source.symbol || weight.value <= 0) return undefined;
  const end = isWord(tokens[target.end], 'instead', 'too', 'then') ? target.end + 1 : target.end;
  return { end, clauses: [{ kind: 'portfolio_shift', from: source.symbol, to: target.symbol, weight: weight.value }] };
};
