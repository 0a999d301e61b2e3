import { isNeighbourSwap, matchMisspelledName } from './fuzzy_names.js';
import { ONE_WORD_PARAMETER_NAMES, readNamedValue, readParameter } from './recognizers/parameters.js';
import type { Token } from './tokenizer.js';

/**
 * Names of four letters ("long", "fast", "slow", "exit") are one edit from too many everyday words
 * ("lung", "fist", "slot", "edit"): only two swapped letters ("lnog", "fsat") reach them.
 */
const SHORTEST_FUZZY_NAME = 5;
const FUZZY_NAMES = ONE_WORD_PARAMETER_NAMES.filter((name) => /^[a-z]+$/.test(name) && name.length >= SHORTEST_FUZZY_NAME);
const SWAPPABLE_NAMES = ONE_WORD_PARAMETER_NAMES.filter((name) => /^[a-z]{4,}$/.test(name));

/** Everyday words within the tested distance of a parameter's name ("lover" of "lower", "with" of "width"): never read as it. */
const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  'lover', 'lovers', 'loser', 'losers', 'loner', 'lowed', 'lowes', 'lowest', 'louder', 'lodger', 'longer',
  'shot', 'shots', 'sort', 'shirt', 'shirts', 'shoot', 'shooter', 'shore', 'shout', 'snort', 'sport', 'sports', 'shorn',
  'upped', 'quirk', 'quack', 'edits', 'emits', 'exist', 'exists', 'stigma', 'stigmas', 'with', 'witch', 'widow', 'widows', 'winnow',
  'perils', 'signed', 'signer', 'spinal', 'fats', 'entree', 'entrees',
]);

/** The parameter name `word` mistypes ("perod", "signl", "lnog"), if any; never an inflection of it ("shorter", "lowered"). */
function meantParameterName(word: string): string | undefined {
  if (EVERYDAY_WORDS.has(word) || ONE_WORD_PARAMETER_NAMES.includes(word)) return undefined;
  const meant = matchMisspelledName(word, FUZZY_NAMES) ?? SWAPPABLE_NAMES.find((name) => isNeighbourSwap(word, name));
  return meant && !meant.startsWith(word) && !word.startsWith(meant) ? meant : undefined;
}

/** Whether the name at `index` takes the value right before it: "21 period", "2.5 std" (parameters.ts). */
function takesValueBefore(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.kind === 'number' && readParameter(tokens, index - 1)?.end === index + 1;
}

/**
 * A parameter's name mistyped right beside its value: "rsi perod 10", "make the perod 7",
 * "signl 5", "lnog 50", "eth 21 perod". Read as the name only where the name, so corrected, takes
 * the value after or before it (parameters.ts), so a word near a name elsewhere in a sentence stays itself.
 */
export function correctParameterNames(tokens: readonly Token[], isKnownElsewhere: (word: string) => boolean): { tokens: Token[]; notes: string[] } {
  const corrected = [...tokens];
  const notes: string[] = [];
  corrected.forEach((token, index) => {
    if (token.kind !== 'word' || isKnownElsewhere(token.norm)) return;
    const meant = meantParameterName(token.norm);
    if (!meant) return;
    const read = corrected.map((other, at) => (at === index ? { ...other, norm: meant } : other));
    if (!readNamedValue(read, index) && !takesValueBefore(read, index)) return;
    corrected[index] = read[index]!;
    notes.push(`read '${token.text}' as '${meant}'`);
  });
  return { tokens: corrected, notes };
}
