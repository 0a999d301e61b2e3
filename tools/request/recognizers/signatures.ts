import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';

/**
 * A name signed under a message ("Best regards,\nMartin", "Cheers, Matt", "Thanks, Sol") is the
 * writer's, never an instrument: "Martin" is two edits from "matic" and "Sol" is an alias.
 */
const CLOSINGS = ['regards', 'cheers', 'thanks', 'thx', 'ty', 'best', 'sincerely', 'yours', 'wishes', 'warmly', 'ta', 'you', 'love'];
/**
 * A line that is only a sign-off ("Best regards,", "Cheers", "Mit freundlichen Grüßen"): what
 * follows it is the writer's signature, not the ask (email_context.ts). Compared after lower-casing
 * and dropping the closing comma or stop.
 */
export const SIGN_OFF_LINES: ReadonlySet<string> = new Set([
  'regards', 'best regards', 'kind regards', 'kindest regards', 'warm regards', 'warmest regards', 'many regards', 'with best regards', 'with kind regards',
  'best', 'all the best', 'best wishes', 'cheers', 'many thanks', 'thanks', 'thanks again', 'thanks in advance', 'thank you', 'thank you in advance',
  'sincerely', 'yours sincerely', 'sincerely yours', 'yours faithfully', 'yours truly', 'respectfully', 'warmly', 'take care',
  'mit freundlichen grüßen', 'mit freundlichen grüssen', 'viele grüße', 'beste grüße', 'liebe grüße', 'met vriendelijke groet', 'groeten',
  'med vänliga hälsningar', 'vänliga hälsningar', 'med vennlig hilsen', 'med venlig hilsen', 'cordialement', 'bien à vous',
  'saludos', 'un saludo', 'atentamente', 'cordiali saluti', 'distinti saluti', 'atenciosamente', 'abraços',
]);

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
