import { distance } from 'fastest-levenshtein';
import { isNeighbourSwap } from './fuzzy_names.js';
import { NUMBER_WORDS } from './number_words.js';
import type { Token } from './tokenizer.js';

/**
 * A money scale written plural or mistyped after its count: "50 thousands dollars", "2 millions",
 * "10 thousends", "1.5 milion", "fifty thousands". Left as written, the amount is read without its
 * scale (50 for fifty thousand), a silent misread; so right after a count, where a scale is what comes
 * next, the word is read as the scale (plurals silently, typos with a note, as misspelled_units.ts does).
 */
const SCALES: readonly string[] = ['thousand', 'million', 'billion'];
/** "50 thousands", "2 millions": the plural some languages give a counted scale. */
const PLURALS: Readonly<Record<string, string>> = { thousands: 'thousand', millions: 'million', billions: 'billion' };
/** Real words near a scale that may follow a count: "2 missions", "5 billing cycles", "bullion". */
const OTHER_WORDS: ReadonlySet<string> = new Set(['mission', 'missions', 'billing', 'billings', 'minion', 'minions', 'mullion', 'mullions', 'pillion', 'bullion']);
/** Shortest word to correct: "mil", "mill", "mio" are the desk's own shortenings (money_in_words.ts). */
const MIN_LENGTH = 6;

/** The scale `word` misspells or pluralises, if exactly one scale is that close (first letter kept). */
export function misspelledScale(word: string): string | undefined {
  if (Object.hasOwn(PLURALS, word)) return PLURALS[word];
  if (word.length < MIN_LENGTH || SCALES.includes(word) || OTHER_WORDS.has(word)) return undefined;
  // A plural typo ("thousends", "milions") is the singular's typo with an "s".
  const stem = word.endsWith('s') ? word.slice(0, -1) : word;
  const near = SCALES.filter((scale) => scale[0] === stem[0] && (distance(stem, scale) <= 1 || isNeighbourSwap(stem, scale) || distance(word, scale) <= 1));
  return near.length === 1 ? near[0] : undefined;
}

/** Whether the token counts what follows: a number, or a number word ("fifty", "two", "a couple"). */
function isCount(token: Token | undefined): boolean {
  if (!token) return false;
  return token.kind === 'number' || (token.kind === 'word' && (Object.hasOwn(NUMBER_WORDS, token.norm) || token.norm === 'couple'));
}

export function correctScales(tokens: readonly Token[]): { tokens: Token[]; notes: string[] } {
  const notes: string[] = [];
  const corrected = tokens.map((token, index) => {
    if (token.kind !== 'word' || !isCount(tokens[index - 1])) return token;
    const scale = misspelledScale(token.norm);
    if (!scale) return token;
    if (!Object.hasOwn(PLURALS, token.norm)) notes.push(`read '${token.text}' as '${scale}'`);
    return { ...token, norm: scale };
  });
  return { tokens: corrected, notes };
}
