import { distance } from 'fastest-levenshtein';
import { isNeighbourSwap } from './fuzzy_names.js';
import type { Token } from './tokenizer.js';

/**
 * A span's unit mistyped after its count: "last 2 yeras", "3 yaers", "6 monts", "4 monhts", "2 weks",
 * "3 quaters". Read only right after a number, where a unit is what comes next, so the short words
 * (too short for the grammar-wide pass in spelling.ts) are safe to correct there: one edit, or two
 * neighbouring letters swapped, from a unit, keeping its first letter (fuzzy_names.ts's rule).
 */
const UNITS: readonly string[] = ['day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades'];
const KNOWN: ReadonlySet<string> = new Set(UNITS);
/** Real words one edit from a unit that may follow a number: "3 mouths", "2 weeds", "yeah". */
const OTHER_WORDS: ReadonlySet<string> = new Set(['mouth', 'mouths', 'weed', 'weeds', 'yeah', 'yeas', 'dais', 'dams', 'daps', 'dads', 'dates', 'wees', 'weep', 'weeps']);
/** Shortest word to correct: "yrs", "wks" and "mos" are abbreviations the date grammar reads already. */
const MIN_LENGTH = 4;

/** The unit `word` misspells, if exactly one unit (singular and plural are one) is that close. */
export function misspelledUnit(word: string): string | undefined {
  if (word.length < MIN_LENGTH || KNOWN.has(word) || OTHER_WORDS.has(word)) return undefined;
  const near = UNITS.filter((unit) => unit[0] === word[0] && (distance(word, unit) <= 1 || isNeighbourSwap(word, unit)));
  const stems = new Set(near.map((unit) => unit.replace(/s$/, '')));
  if (stems.size !== 1) return undefined;
  // "monts" is as near "month" as "months": the plural is meant after a count, "1 yera" keeps the singular.
  return near.find((unit) => unit.endsWith('s') === word.endsWith('s')) ?? near[0];
}

export function correctUnits(tokens: readonly Token[]): { tokens: Token[]; notes: string[] } {
  const notes: string[] = [];
  const corrected = tokens.map((token, index) => {
    if (token.kind !== 'word' || tokens[index - 1]?.kind !== 'number') return token;
    const unit = misspelledUnit(token.norm);
    if (!unit) return token;
    notes.push(`read '${token.text}' as '${unit}'`);
    return { ...token, norm: unit };
  });
  return { tokens: corrected, notes };
}
