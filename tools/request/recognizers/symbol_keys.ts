import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { COST_WORDS, costClauses, readCostValue, readMoney, type CostKind } from './money.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * A run's money in formal notation, as a quant writes a model's symbols: "c = 7.5bps" (the cost of a
 * trade), "C₀ = $10,000" or "K = $50k" (the capital at the start), "fees: c=0.1%" (the symbol named by
 * its noun first). A lone letter is any word elsewhere ("plan c", "P&L"), so it is read only as a key:
 * "=" or ":" after it and a value of its kind, a cost with its unit or a sum of money.
 */

/** "c": the cost per trade, the commission. */
const COST_SYMBOL = 'c';
/** "C₀", "C0", "C_0": the capital at time zero (NFKC makes the subscript a digit; the underscore is no token). */
const CAPITAL_AT_ZERO = phrases('c 0');
/** "K": the capital, as economists write it; "k=2" is the Bollinger width, so only a sum written as money. */
const CAPITAL_LETTER = 'k';

/** Past the "=" or ":" of a key ending at `index`, else undefined. */
function pastKeySign(tokens: readonly Token[], index: number): number | undefined {
  return isPunct(tokens[index], '=', ':') ? index + 1 : undefined;
}

/** A single letter written as a symbol ("c", "s"). */
function isLetterSymbol(token: Token | undefined): boolean {
  return isWord(token) && /^[a-z]$/.test(token!.norm);
}

/**
 * "c = 7.5bps": a cost with its unit after a symbol's key; unitless ("c = 5") it may be anything. A lone
 * "c" needs "=": "plan c: 2% stop", "a: 10%, b: 15%, c: 20%" label items, they set no cost.
 */
function readSymbolCost(tokens: readonly Token[], symbolAt: number, kind: CostKind, equalsOnly = false): RecognizerMatch | undefined {
  if (equalsOnly && !isPunct(tokens[symbolAt + 1], '=')) return undefined;
  const valueAt = pastKeySign(tokens, symbolAt + 1);
  const value = valueAt === undefined ? undefined : readCostValue(tokens, valueAt);
  return value && !value.unitless ? { end: value.end, clauses: costClauses(kind, value) } : undefined;
}

/** "fees: c=0.1%", "slippage: s = 2bps": the cost's noun, then the letter it goes by and its value. */
function readNamedSymbolCost(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  for (const kind of ['fees', 'slippage'] as const) {
    const noun = matchLongest(tokens, index, COST_WORDS[kind]);
    const symbolAt = noun && (isPunct(tokens[noun.end], ':') ? noun.end + 1 : noun.end);
    if (symbolAt !== undefined && isLetterSymbol(tokens[symbolAt])) return readSymbolCost(tokens, symbolAt, kind);
  }
  return undefined;
}

function readCapitalSymbol(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const atZero = matchLongest(tokens, index, CAPITAL_AT_ZERO);
  const keyEnd = atZero?.end ?? (isWord(tokens[index], CAPITAL_LETTER) ? index + 1 : undefined);
  const valueAt = keyEnd === undefined ? undefined : pastKeySign(tokens, keyEnd);
  const money = valueAt === undefined ? undefined : readMoney(tokens, valueAt);
  if (!money || (!atZero && !money.marked)) return undefined;
  return { end: money.end, clauses: [{ kind: 'capital', amount: money.amount }] };
}

export const recognizeSymbolKey: Recognizer = (tokens, index) => {
  if (isWord(tokens[index], COST_SYMBOL)) return readSymbolCost(tokens, index, 'fees', true) ?? readCapitalSymbol(tokens, index);
  return readNamedSymbolCost(tokens, index) ?? readCapitalSymbol(tokens, index);
};
