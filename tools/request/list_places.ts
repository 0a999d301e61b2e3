import type { Token } from './tokenizer.js';
import { isNumber, isWord } from './token_matchers.js';

/**
 * A place in a list the user made, 1-based, the last -1: "first", "second", "last", and the same
 * written in figures, "1st", "2nd", "3rd", "4th" (the tokenizer splits them into a number and its
 * suffix, which dates read as days: "the 1st of June").
 */
const PLACE_WORDS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', -1]]);
const SUFFIX_OF: ReadonlyMap<number, string> = new Map([[1, 'st'], [2, 'nd'], [3, 'rd'], [4, 'th']]);

export function readListPlace(tokens: readonly Token[], index: number): { place: number; end: number } | undefined {
  const token = tokens[index];
  const word = isWord(token) ? PLACE_WORDS.get(token!.norm) : undefined;
  if (word !== undefined) return { place: word, end: index + 1 };
  const suffix = tokens[index + 1];
  if (!isNumber(token) || !suffix?.joined || !isWord(suffix, SUFFIX_OF.get(token.value) ?? '')) return undefined;
  return { place: token.value, end: index + 2 };
}
