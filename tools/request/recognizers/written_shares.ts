import type { Token } from '../tokenizer.js';
import { isNumber, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * Shares and multiples written in words, as percentages: "a fifth" (20), "half" (50), "two
 * thirds" (66.67), and what "double my money" asks of the total return (100). Targets read
 * them like "20%", so their direction rules apply unchanged.
 */
const FRACTIONS = phrases('half', 'a|one half', 'a|one third', 'two thirds', 'two - thirds', 'a|one quarter', 'three quarters', 'three - quarters', 'a|one fifth',
  'two fifths', 'two - fifths', 'three fifths', 'three - fifths', 'four fifths', 'four - fifths', 'a|one tenth');
const FRACTION_PERCENT: readonly number[] = [50, 50, 100 / 3, 200 / 3, 200 / 3, 25, 75, 75, 20, 40, 40, 60, 60, 80, 80, 10];

/** "a fifth" → 20 (per cent), with the index past it. */
export function readFractionWords(tokens: readonly Token[], index: number): { percent: number; end: number } | undefined {
  const found = matchLongest(tokens, index, FRACTIONS);
  return found && { percent: FRACTION_PERCENT[found.which]!, end: found.end };
}

const MULTIPLYING_VERBS: Readonly<Record<string, number>> = { double: 2, doubles: 2, triple: 3, triples: 3, quadruple: 4, quadruples: 4 };
const MONEY = phrases('my|our|the money|capital|investment|account|stake|equity');

/** "double my money" → a total return of 100 %; "3x the capital" → 200 %. */
export function readMoneyMultiple(tokens: readonly Token[], index: number): { percent: number; end: number } | undefined {
  const token = tokens[index];
  const times = isWord(token) && Object.hasOwn(MULTIPLYING_VERBS, token!.norm) ? { multiple: MULTIPLYING_VERBS[token!.norm]!, end: index + 1 }
    : isNumber(token) && isWord(tokens[index + 1], 'x') && tokens[index + 1]!.joined ? { multiple: token.value, end: index + 2 } : undefined;
  const money = times && matchLongest(tokens, times.end, MONEY);
  return money && times.multiple > 1 ? { percent: (times.multiple - 1) * 100, end: money.end } : undefined;
}
