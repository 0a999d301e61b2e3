/**
 * Martin Porter's 1980 suffix-stripping algorithm ("An algorithm for suffix stripping", Program
 * 14(3)), as published: the ROUGE tokenizer stems with it so "ranked", "ranking" and "ranks"
 * count as one word. NLTK's default mode (what Python's rouge_score uses) adds a few extensions
 * (irregular forms such as "dying", "bli" → "ble", "logi" → "log"); they change a handful of rare
 * words and so a ROUGE-1 score by a token at most.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** A consonant is any letter but a, e, i, o, u, and y when it follows a consonant. */
function isConsonant(word: string, index: number): boolean {
  const letter = word[index]!;
  if (VOWELS.has(letter)) return false;
  if (letter === 'y') return index === 0 || !isConsonant(word, index - 1);
  return true;
}

/** m in [C](VC)^m[V]: how many vowel-consonant sequences the stem has. */
function measure(stem: string): number {
  let count = 0;
  let index = 0;
  while (index < stem.length && isConsonant(stem, index)) index++;
  while (index < stem.length) {
    while (index < stem.length && !isConsonant(stem, index)) index++;
    if (index >= stem.length) break;
    while (index < stem.length && isConsonant(stem, index)) index++;
    count++;
  }
  return count;
}

function containsVowel(stem: string): boolean {
  for (let index = 0; index < stem.length; index++) if (!isConsonant(stem, index)) return true;
  return false;
}

/** *d: the stem ends with a double consonant. */
function endsWithDoubleConsonant(stem: string): boolean {
  const last = stem.length - 1;
  return last >= 1 && stem[last] === stem[last - 1] && isConsonant(stem, last);
}

/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
function endsCvc(stem: string): boolean {
  const last = stem.length - 1;
  if (last < 2) return false;
  return isConsonant(stem, last - 2) && !isConsonant(stem, last - 1) && isConsonant(stem, last) && !'wxy'.includes(stem[last]!);
}

type Condition = (stem: string) => boolean;
type Rule = readonly [suffix: string, replacement: string, condition?: Condition];

const measureAbove = (minimum: number): Condition => (stem) => measure(stem) > minimum;

/**
 * Applies the rule with the longest matching suffix; if its condition fails, the step changes
 * nothing (the paper's rule: only the longest match is considered).
 */
function applyLongestRule(word: string, rules: readonly Rule[]): string {
  let chosen: Rule | undefined;
  for (const rule of rules) {
    if (word.endsWith(rule[0]) && (!chosen || rule[0].length > chosen[0].length)) chosen = rule;
  }
  if (!chosen) return word;
  const [suffix, replacement, condition] = chosen;
  const stem = word.slice(0, word.length - suffix.length);
  return !condition || condition(stem) ? stem + replacement : word;
}

function step1a(word: string): string {
  return applyLongestRule(word, [['sses', 'ss'], ['ies', 'i'], ['ss', 'ss'], ['s', '']]);
}

/** After removing -ed/-ing, restore an e or undouble the consonant so the stem reads like a word. */
function tidyAfterStep1b(stem: string): string {
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  if (endsWithDoubleConsonant(stem) && !'lsz'.includes(stem.at(-1)!)) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`;
  return stem;
}

function step1b(word: string): string {
  if (word.endsWith('eed')) {
    const stem = word.slice(0, -3);
    return measure(stem) > 0 ? `${stem}ee` : word;
  }
  for (const suffix of ['ed', 'ing']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    return containsVowel(stem) ? tidyAfterStep1b(stem) : word;
  }
  return word;
}

function step1c(word: string): string {
  return word.endsWith('y') && containsVowel(word.slice(0, -1)) ? `${word.slice(0, -1)}i` : word;
}

const STEP2_RULES: readonly Rule[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'],
].map(([suffix, replacement]) => [suffix!, replacement!, measureAbove(0)] as const);

const STEP3_RULES: readonly Rule[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
].map(([suffix, replacement]) => [suffix!, replacement!, measureAbove(0)] as const);

const STEP4_RULES: readonly Rule[] = [
  ...['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize']
    .map((suffix) => [suffix, '', measureAbove(1)] as const),
  ['ion', '', (stem: string) => measureAbove(1)(stem) && (stem.endsWith('s') || stem.endsWith('t'))],
];

function step5a(word: string): string {
  if (!word.endsWith('e')) return word;
  const stem = word.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word;
}

function step5b(word: string): string {
  return measure(word) > 1 && endsWithDoubleConsonant(word) && word.endsWith('l') ? word.slice(0, -1) : word;
}

/** The Porter stem of a lowercase word; words of one or two letters are returned unchanged. */
export function porterStem(word: string): string {
  if (word.length <= 2) return word;
  let stem = step1c(step1b(step1a(word)));
  stem = applyLongestRule(stem, STEP2_RULES);
  stem = applyLongestRule(stem, STEP3_RULES);
  stem = applyLongestRule(stem, STEP4_RULES);
  return step5b(step5a(stem));
}
