import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

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

const MULTIPLYING_VERBS: Readonly<Record<string, number>> = { double: 2, doubles: 2, doubled: 2, triple: 3, triples: 3, tripled: 3, quadruple: 4, quadruples: 4, quadrupled: 4 };
const MONEY = phrases('my|our|the money|capital|investment|account|stake|equity');
/**
 * After a multiplying verb with no object, where the clause goes on: "more than doubles over
 * 2010-2020", "at least triple." (what doubles is then the money). Any other word may be the verb's
 * object ("double the lookback"), so no growth is read.
 */
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set(['over', 'in', 'from', 'since', 'between', 'during', 'within', 'by', 'before', 'after', 'and', 'or', 'but', 'then', 'please']);

function readTimes(tokens: readonly Token[], index: number): { multiple: number; end: number } | undefined {
  const token = tokens[index];
  return isWord(token) && Object.hasOwn(MULTIPLYING_VERBS, token!.norm) ? { multiple: MULTIPLYING_VERBS[token!.norm]!, end: index + 1 }
    : isNumber(token) && isWord(tokens[index + 1], 'x') && tokens[index + 1]!.joined ? { multiple: token.value, end: index + 2 } : undefined;
}

/** "double my money" → a total return of 100 %; "3x the capital" → 200 %; "tripled the account" → 200 %. */
export function readMoneyMultiple(tokens: readonly Token[], index: number): { percent: number; end: number } | undefined {
  const times = readTimes(tokens, index);
  const money = times && matchLongest(tokens, times.end, MONEY);
  return money && times.multiple > 1 ? { percent: (times.multiple - 1) * 100, end: money.end } : undefined;
}

/** Ending with the money one started with, a multiple of one: "at least broke even" is a total return of at least 0. */
const BREAKING_EVEN = phrases('break|breaks|broke|breaking even', 'break|breaks|broke|breaking - even');

/**
 * A multiple of the money, its noun said or left out: "doubled the money", "more than doubles over
 * 2010-2020", "at least triple", "at least broke even". Only a verb may stand alone ("3x" alone may
 * be leverage).
 */
export function readGrowthMultiple(tokens: readonly Token[], index: number): { percent: number; end: number } | undefined {
  const withMoney = readMoneyMultiple(tokens, index);
  if (withMoney) return withMoney;
  const even = matchLongest(tokens, index, BREAKING_EVEN);
  if (even) return { percent: 0, end: even.end };
  const times = isWord(tokens[index]) ? readTimes(tokens, index) : undefined;
  const next = tokens[times?.end ?? index];
  const goesOn = next === undefined || isPunct(next, ',', '.', ';', '!', '?', ')') || (isWord(next) && CLAUSE_GOES_ON.has(next.norm));
  return times && goesOn ? { percent: (times.multiple - 1) * 100, end: times.end } : undefined;
}
