import type { Token } from './tokenizer.js';
import { isPunct, isWord } from './token_matchers.js';

/** Whole numbers written as one word: "ten years", "one million dollars". "a" counts one ("a million"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/**
 * A number written in words before a scale: "one", "twenty-five", "a hundred", "two hundred",
 * "half a" (0.5). The caller decides what may follow; alone these words are rarely amounts.
 */
export function readNumberWords(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  if (isWord(tokens[index], 'half') && isWord(tokens[index + 1], 'a', 'an')) return { value: 0.5, end: index + 2 };
  const word = tokens[index];
  if (!isWord(word) || !Object.hasOwn(NUMBER_WORDS, word!.norm)) return undefined;
  let value = NUMBER_WORDS[word!.norm]!;
  let end = index + 1;
  // "twenty-five", "twenty five"
  const unitAt = isPunct(tokens[end], '-') ? end + 1 : end;
  const unit = tokens[unitAt];
  if (value >= 20 && value < 100 && value % 10 === 0 && isWord(unit) && (NUMBER_WORDS[unit!.norm] ?? 10) < 10 && unit!.norm !== 'a' && unit!.norm !== 'an') {
    value += NUMBER_WORDS[unit!.norm]!;
    end = unitAt + 1;
  }
  if (value < 100 && isWord(tokens[end], 'hundred')) {
    value *= 100;
    end++;
  }
  return { value, end };
}
