import type { WrittenNumber } from './parameter_slots.js';
import type { Token } from './tokenizer.js';
import { isNumber, isPunct, isWord } from './token_matchers.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = { zero: 0, nil: 0, none: 0 };

/**
 * "plus and minus 2", "plus or minus 2", "plus/minus 2", "+/-2", "+-2": the minus is half of a
 * "±", a distance either way, so the number after it is no negative.
 */
function followsPlus(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (isPunct(before, '+') || isWord(before, 'plus')) return true;
  return (isWord(before, 'and', 'or') || isPunct(before, '/')) && (isWord(tokens[index - 2], 'plus') || isPunct(tokens[index - 2], '+'));
}

/**
 * A number with its sign as written: "-10" in "a -10 period" or "sma -10/50" is minus ten, never
 * ten, so validation can refuse it. A hyphen written straight after a number ("10-40") is a
 * separator, not a sign, and so is a minus paired with a plus ("+/- 2"). "zero" is 0.
 */
export function readSignedNumber(tokens: readonly Token[], index: number): (WrittenNumber & { end: number }) | undefined {
  const token = tokens[index];
  if (isWord(token) && Object.hasOwn(NUMBER_WORDS, token!.norm)) return { value: NUMBER_WORDS[token!.norm]!, decimal: false, end: index + 1 };
  const signed = isPunct(token, '-') && isNumber(tokens[index + 1]) && tokens[index + 1]!.joined
    && !(isNumber(tokens[index - 1]) && token!.joined);
  const at = signed || isWord(token, 'minus', 'negative') ? index + 1 : index;
  const number = tokens[at];
  if (!isNumber(number)) return undefined;
  const negative = at !== index && !followsPlus(tokens, index);
  return { value: negative ? -number.value : number.value, decimal: number.norm.includes('.'), end: at + 1 };
}
