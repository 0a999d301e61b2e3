import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord } from '../token_matchers.js';

/**
 * The day of a month as people write it: "14", "14th", "the 14th", "fourteenth", "the first",
 * "twenty-first", "thirty first". Spoken numbers are read before the recognisers, so "twenty" in
 * "twenty-first" arrives as the number 20 written in words.
 */
const ORDINAL_DAYS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30,
};
const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];

export interface DayOfMonth {
  day: number;
  end: number;
  /** Written as an ordinal ("14th", "fourteenth"), so a day even without a year beside it. */
  ordinal: boolean;
  /** Written as a word ("the first"), where a digit is "14" or "14th". */
  inWords: boolean;
  /** "the" before it: "the 14th of March". */
  afterThe: boolean;
}

/** "twenty" or "thirty" as a word, whether or not it was read as a number. */
function tensInWords(token: Token | undefined): number | undefined {
  if (isWord(token, 'twenty', 'thirty')) return token!.norm === 'twenty' ? 20 : 30;
  const spelled = isNumber(token) && /^[a-z]/i.test(token.text) && (token.value === 20 || token.value === 30);
  return spelled ? token.value : undefined;
}

/** "fourteenth", "twenty-first", "thirty first". */
function readOrdinalWords(tokens: readonly Token[], index: number): { day: number; end: number } | undefined {
  const word = tokens[index];
  if (isWord(word) && Object.hasOwn(ORDINAL_DAYS, word!.norm)) return { day: ORDINAL_DAYS[word!.norm]!, end: index + 1 };
  const tens = tensInWords(word);
  if (tens === undefined) return undefined;
  const unitAt = isPunct(tokens[index + 1], '-') ? index + 2 : index + 1;
  const unit = tokens[unitAt];
  const ones = isWord(unit) && Object.hasOwn(ORDINAL_DAYS, unit!.norm) ? ORDINAL_DAYS[unit!.norm]! : undefined;
  return ones !== undefined && ones < 10 && tens + ones <= 31 ? { day: tens + ones, end: unitAt + 1 } : undefined;
}

function readDigits(tokens: readonly Token[], index: number): { day: number; end: number; ordinal: boolean } | undefined {
  const token = tokens[index];
  if (!isNumber(token) || !/^\d{1,2}$/.test(token.norm) || token.value < 1 || token.value > 31) return undefined;
  // "1er": French writes only the first of a month as an ordinal ("le 1er mars", "le 2 mars").
  const suffixed = (isWord(tokens[index + 1], ...ORDINAL_SUFFIXES) || (token.value === 1 && isWord(tokens[index + 1], 'er'))) && tokens[index + 1]!.joined;
  return { day: token.value, end: suffixed ? index + 2 : index + 1, ordinal: suffixed };
}

export function readDayOfMonth(tokens: readonly Token[], index: number): DayOfMonth | undefined {
  // "le 1er mars", "el 1 de marzo": French and Spanish "the".
  const afterThe = isWord(tokens[index], 'the', 'le', 'el');
  const at = afterThe ? index + 1 : index;
  const words = readOrdinalWords(tokens, at);
  if (words) return { ...words, ordinal: true, inWords: true, afterThe };
  const digits = readDigits(tokens, at);
  return digits && { ...digits, inWords: false, afterThe };
}
