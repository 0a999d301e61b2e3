import { distance } from 'fastest-levenshtein';

/**
 * English words (from a dictionary) within the fuzzy distance of a name we match loosely: "either"
 * is one edit from "ether", "amazing" two from "amazon". They are never read as misspellings.
 */
const NEAR_MISS_WORDS: ReadonlySet<string> = new Set([
  'alphabetic', 'alphabets', 'amazed', 'amazes', 'amazing', 'amazons', 'ample', 'ampler', 'ampule', 'appall',
  'appals', 'apples', 'applied', 'applies', 'apply', 'bitching', 'carding', 'cardio', 'chaining', 'either',
  'etched', 'etcher', 'etchers', 'etches', 'ethereal', 'gaggle', 'gargle', 'giggle', 'gobble', 'goggle',
  'goggled', 'goggles', 'goodie', 'goodly', 'googled', 'googles', 'gurgle', 'solace', 'solaria', 'soling',
  'sonata', 'sultana',
  // Near "ripple", "polygon" and "avalanche", read only in a symbol's context (symbols.ts).
  'riddle', 'riffle', 'rifle', 'rimple', 'ripe', 'ripen', 'riper', 'ripped', 'ripper', 'ripples', 'rippled', 'rippler', 'ripply', 'rumple',
  'polygons', 'polygonal', 'polygyny', 'avalanches',
]);

/**
 * The one name in `names` that `word` misspells, if any: words of 4+ letters, same first letter
 * (people rarely mistype it, and it keeps "other" away from "ether"), at most 1 edit for words of
 * up to 5 letters and 2 for longer ones (the shorter of word and name counts: "martin" is no slip
 * of "matic"), and a single best name (a tie means we cannot tell).
 */
export function matchMisspelledName(word: string, names: readonly string[]): string | undefined {
  if (word.length < 4 || NEAR_MISS_WORDS.has(word)) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const name of names) {
    const allowed = Math.min(word.length, name.length) <= 5 ? 1 : 2;
    if (name[0] !== word[0] || Math.abs(name.length - word.length) > allowed) continue;
    const edits = distance(word, name);
    if (edits > allowed || edits > bestDistance) continue;
    tied = edits === bestDistance;
    if (edits < bestDistance) {
      best = name;
      bestDistance = edits;
    }
  }
  return tied ? undefined : best;
}

/** `word` is `name` with two neighbouring letters swapped: "mcad" for "macd". */
export function isNeighbourSwap(word: string, name: string): boolean {
  if (word.length !== name.length) return false;
  const differing = [...word].flatMap((letter, position) => (letter === name[position] ? [] : [position]));
  if (differing.length !== 2) return false;
  const [first, second] = differing as [number, number];
  return second === first + 1 && word[first] === name[second] && word[second] === name[first];
}

/** `word` is `name` with one letter typed twice: "smaa" for "sma", "macdd" for "macd". */
export function isDoubledLetter(word: string, name: string): boolean {
  if (word.length !== name.length + 1) return false;
  return [...word].some((letter, position) => position > 0 && letter === word[position - 1] && word.slice(0, position) + word.slice(position + 1) === name);
}
