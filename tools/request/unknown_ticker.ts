import { tokenize, type Token } from './tokenizer.js';
import { carriesMeaning } from './unread_words.js';

/**
 * "macd on nflx 2020": a short word no recogniser read, right after "on", in a message that names
 * no known instrument, is a ticker we do not know. Read as one (upper case), validation answers
 * unknown_symbol with the nearest known ones, instead of no_symbol saying nothing was named.
 */
export function unknownTickerAfterOn(text: string, unread: readonly Token[]): string | undefined {
  const unreadWords = new Set(unread.filter((token) => token.kind === 'word').map((token) => token.norm));
  const tokens = tokenize(text);
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (tokens[index - 1]!.norm !== 'on' || token.kind !== 'word' || !/^[a-z]{2,5}$/.test(token.norm)) continue;
    if (unreadWords.has(token.norm) && carriesMeaning(token)) return token.norm.toUpperCase();
  }
  return undefined;
}
