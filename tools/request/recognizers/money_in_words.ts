import { AMOUNT_SCALES, scaleAmount } from '../../numbers/read_number.js';
import type { Token } from '../tokenizer.js';
import { readNumberWords } from '../number_words.js';
import { CURRENCY_WORDS } from './currency_words.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';
import { matchSymbolAt } from './symbols.js';
import { readFractionWords } from './written_shares.js';

/**
 * Sums of money said the way people say them: "one million dollars", "fifty thousand", "two hundred
 * grand", "a couple grand", and shares of a big unit, "half a million", "a quarter million", "three quarters of a
 * million", "a million and a half", "quarter mil", "half a mill".
 */
export interface WordMoney {
  amount: number;
  end: number;
  /** Said as money (a currency, "grand", "… in gold", "… start"), not only as a count. */
  marked: boolean;
}

/** Scale words, with the desk's shortenings of "million". */
const SPOKEN_SCALES: Readonly<Record<string, string>> = { mil: 'million', mill: 'million', mils: 'million', mio: 'million' };
const WORD_SCALES = ['thousand', 'grand', 'million', 'billion', 'lakh', 'lakhs', 'crore', 'crores'];

/** The scale a word names ("k", "million", "mil"), as AMOUNT_SCALES spells it. */
export function scaleNamed(token: Token | undefined): string | undefined {
  if (!isWord(token)) return undefined;
  const norm = SPOKEN_SCALES[token!.norm] ?? token!.norm;
  return Object.hasOwn(AMOUNT_SCALES, norm) ? norm : undefined;
}

/** "a 50k start", "half a million to start with": the sum a run starts from. */
export const START_NOUNS = phrases('start', 'to start|begin', 'to start|begin with');
/** "a quarter million in gold": money put into a holding. */
const INTO = ['in', 'into'];
/** Between a share and its scale: "half a million", "three quarters of a million". */
const SHARE_JOINS = phrases('a', 'an', 'of a|an', 'of');
/** "…and a half" after the scale: "a million and a half". */
const AND_A_HALF = phrases('and a half');

/** "a couple grand", "a couple of thousand dollars": two of the scale. */
const A_COUPLE = phrases('a couple', 'a couple of', 'couple', 'couple of');

/** The count before a scale word: "two hundred", "a", "a couple", or a share, "half a", "a quarter", "quarter", "three quarters of a". */
function readCount(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const couple = matchLongest(tokens, index, A_COUPLE);
  if (couple) return { value: 2, end: couple.end };
  const share = readFractionWords(tokens, index) ?? (isWord(tokens[index], 'quarter') ? { percent: 25, end: index + 1 } : undefined);
  if (share) {
    const join = matchLongest(tokens, share.end, SHARE_JOINS);
    return { value: share.percent / 100, end: join?.end ?? share.end };
  }
  return readNumberWords(tokens, index);
}

/** Whether the words after a sum say it is money put to work: "in gold", "into BTC", "start". */
function saysMoney(tokens: readonly Token[], end: number): boolean {
  if (matchLongest(tokens, end, START_NOUNS)) return true;
  return isWord(tokens[end], ...INTO) && matchSymbolAt(tokens, end + 1, { strong: true, shouting: false }) !== undefined;
}

/**
 * A sum in words at `index`. Number words need a scale word to be an amount, and a currency (or
 * "grand", which is dollars, or a holding it goes into) to be money without a capital cue, as "a
 * thousand times" is not; "mil" is said of nothing else.
 */
export function readMoneyInWords(tokens: readonly Token[], index: number): WordMoney | undefined {
  const count = readCount(tokens, index);
  const scale = count && scaleNamed(tokens[count.end]);
  if (!count || !scale || !WORD_SCALES.includes(scale)) return undefined;
  const half = matchLongest(tokens, count.end + 1, AND_A_HALF);
  const value = half ? count.value + 0.5 : count.value;
  const scaleEnd = half?.end ?? count.end + 1;
  // "fifty thousand of dollars": the currency may follow "of", as Romance languages say it.
  const currencyAt = isWord(tokens[scaleEnd], 'of') && isWord(tokens[scaleEnd + 1], ...CURRENCY_WORDS) ? scaleEnd + 1 : scaleEnd;
  const currency = isWord(tokens[currencyAt], ...CURRENCY_WORDS);
  const end = currency ? currencyAt + 1 : scaleEnd;
  // "grand" is dollars, and "mil" is only ever said of money.
  const moneyScale = scale === 'grand' || Object.hasOwn(SPOKEN_SCALES, tokens[count.end]!.norm);
  return { amount: scaleAmount(value, scale), end, marked: currency || moneyScale || saysMoney(tokens, end) };
}
