import { aliasOf } from '../../data/symbol_aliases.js';
import { matchMisspelledName } from '../fuzzy_names.js';
import type { Token } from '../tokenizer.js';
import type { Phrase } from '../token_matchers.js';
import { isStopWord } from '../unread_words.js';

/** How far into a name the slip may be: names of more than three words are written out in full. */
const SLIP_REACH = 3;

/** The words of `names` long enough to tell a slip from another word (fuzzy_names.ts reads 4+ letters). */
export function wordsOfNames(names: readonly Phrase[]): string[] {
  return [...new Set(names.flatMap((name) => name.flatMap((step) => step.split('|'))).filter((word) => /^[a-z]{4,}$/.test(word)))];
}

/**
 * A name of two or more words with one of them mistyped ("golden cros", "deth cross"): the other
 * words are written right, so the slip is read as the name's word. Only a word that is no word of
 * the names, no common word and no ticker is taken for a slip, and only when the corrected name
 * reads further than the name `exact` read as written. `read` is the matcher of names as written.
 */
export function matchWithOneSlip<Found extends { end: number }>(
  tokens: readonly Token[], index: number, words: readonly string[], read: (tokens: readonly Token[], index: number) => Found | undefined, exact: Found | undefined,
): { found: Found; correction: string } | undefined {
  for (let position = index; position < index + SLIP_REACH && position < tokens.length; position++) {
    const token = tokens[position]!;
    if (token.kind !== 'word' || words.includes(token.norm) || isStopWord(token.norm) || aliasOf(token.norm) !== undefined) continue;
    const meant = matchMisspelledName(token.norm, words);
    if (!meant) continue;
    const corrected = tokens.map((other, at) => (at === position ? { ...other, norm: meant } : other));
    const found = read(corrected, index);
    if (found && found.end > position && found.end - index >= 2 && (!exact || found.end > exact.end)) return { found, correction: `read '${token.text}' as '${meant}'` };
  }
  return undefined;
}
