import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';

/**
 * A name signed under a message ("Best regards,\nMartin", "Cheers, Matt", "Thanks, Sol") is the
 * writer's, never an instrument: "Martin" is two edits from "matic" and "Sol" is an alias.
 */
const CLOSINGS = ['regards', 'cheers', 'thanks', 'thx', 'ty', 'best', 'sincerely', 'yours', 'wishes', 'warmly', 'ta', 'you', 'love'];
/** "Martin", "Mary Ann", "Jean-Luc": a first name and at most a surname, written as names are. */
const NAME_SHAPE = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;
const MOST_NAME_WORDS = 2;

/** Whether the word at `index` is part of a signature: name-shaped words ending the message, after a closing and its comma. */
export function isSignatureName(tokens: readonly Token[], index: number): boolean {
  let end = tokens.length;
  if (isPunct(tokens[end - 1], '.', '!')) end--;
  if (index >= end || end - index > MOST_NAME_WORDS) return false;
  let start = index;
  while (start > 0 && end - start < MOST_NAME_WORDS && isNameWord(tokens[start - 1])) start--;
  for (let at = start; at < end; at++) if (!isNameWord(tokens[at])) return false;
  const beforeName = isPunct(tokens[start - 1], ',') ? start - 2 : start - 1;
  return isWord(tokens[beforeName], ...CLOSINGS);
}

function isNameWord(token: Token | undefined): boolean {
  return isWord(token) && NAME_SHAPE.test(token!.text) && !CLOSINGS.includes(token!.norm);
}
