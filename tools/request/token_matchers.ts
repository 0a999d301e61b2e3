import type { Token } from './tokenizer.js';

/**
 * A phrase is a list of steps; each step is one token norm or alternatives written `a|b`. Hyphens
 * between words are skipped, so "buy-and-hold" matches the phrase "buy and hold".
 */
export type Phrase = readonly string[];

export function phrase(text: string): Phrase {
  return text.split(' ');
}

/**
 * One list per set of texts: readers written as `matchLongest(tokens, at, phrases('a', 'b'))` inside a
 * recogniser would otherwise build a new list, and its first-word index, at every token of every message.
 */
const PHRASE_LISTS = new Map<string, readonly Phrase[]>();

export function phrases(...texts: string[]): readonly Phrase[] {
  const key = texts.join('\n');
  let list = PHRASE_LISTS.get(key);
  if (list === undefined) {
    list = Object.freeze(texts.map(phrase));
    PHRASE_LISTS.set(key, list);
  }
  return list;
}

function isHyphen(token: Token | undefined): boolean {
  return token?.kind === 'punct' && token.norm === '-';
}

/** Each step's alternatives, split once: matching runs for every token of every message against hundreds of phrases. */
const ALTERNATIVES = new Map<string, ReadonlySet<string>>();

function alternativesOf(step: string): ReadonlySet<string> {
  let alternatives = ALTERNATIVES.get(step);
  if (alternatives === undefined) {
    alternatives = new Set(step.split('|'));
    ALTERNATIVES.set(step, alternatives);
  }
  return alternatives;
}

function stepMatches(step: string, norm: string): boolean {
  return step === norm || (step.includes('|') && alternativesOf(step).has(norm));
}

/** Index just past `phrase` when it starts at `index`, else -1. */
export function matchPhrase(tokens: readonly Token[], index: number, steps: Phrase): number {
  let position = index;
  for (let step = 0; step < steps.length; step++) {
    if (step > 0 && isHyphen(tokens[position]) && tokens[position + 1]?.kind === 'word') position++;
    const token = tokens[position];
    if (!token || !stepMatches(steps[step]!, token.norm)) return -1;
    position++;
  }
  return position;
}

/**
 * Which candidates can start with each word: readers ask for the longest of a hundred names at every
 * token of every message, and most names fail on their first word. Built once per candidate list.
 */
const BY_FIRST_WORD = new WeakMap<readonly Phrase[], ReadonlyMap<string, readonly number[]>>();

function candidatesByFirstWord(candidates: readonly Phrase[]): ReadonlyMap<string, readonly number[]> {
  let index = BY_FIRST_WORD.get(candidates);
  if (index === undefined) {
    const built = new Map<string, number[]>();
    candidates.forEach((candidate, which) => {
      if (candidate.length === 0) return;
      for (const word of alternativesOf(candidate[0]!)) {
        const list = built.get(word);
        if (list) list.push(which);
        else built.set(word, [which]);
      }
    });
    index = built;
    BY_FIRST_WORD.set(candidates, index);
  }
  return index;
}

/** The longest of `candidates` starting at `index`: its end and its position in the list (the first listed among equals). */
export function matchLongest(tokens: readonly Token[], index: number, candidates: readonly Phrase[]): { end: number; which: number } | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  let best: { end: number; which: number } | undefined;
  for (const which of candidatesByFirstWord(candidates).get(token.norm) ?? []) {
    const end = matchPhrase(tokens, index, candidates[which]!);
    if (end > index && (!best || end > best.end)) best = { end, which };
  }
  return best;
}

/** Index past any run of the given words (fillers such as "the", "a"). */
export function skipWords(tokens: readonly Token[], index: number, words: ReadonlySet<string>): number {
  let position = index;
  while (tokens[position]?.kind === 'word' && words.has(tokens[position]!.norm)) position++;
  return position;
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token?.kind === 'word' && (words.length === 0 || words.includes(token.norm));
}

/** A punctuation token, one of `marks` when any are given (with none, any mark: several callers meant that and got never). */
export function isPunct(token: Token | undefined, ...marks: string[]): boolean {
  return token?.kind === 'punct' && (marks.length === 0 || marks.includes(token.norm));
}

export function isNumber(token: Token | undefined): token is Token {
  return token?.kind === 'number';
}

/** 4-digit whole numbers that read as calendar years. */
export function isYearNumber(token: Token | undefined): boolean {
  return token?.kind === 'number' && /^\d{4}$/.test(token.norm) && token.value >= 1900 && token.value <= 2100;
}

/** Rounds away binary noise such as 0.07 × 100 = 7.000000000000001. */
export function roundClean(value: number): number {
  return Number(value.toPrecision(12));
}

/** Tokens as the user wrote them: spaced where they were spaced ("5% stop-loss", not "5 % stop - loss"). */
export function writtenText(tokens: readonly Token[]): string {
  return tokens.map((token, position) => (position > 0 && !token.joined ? ' ' : '') + token.text).join('');
}

const PERCENT_SIGNS = phrases('%', 'percent', 'pct', 'per cent');

/** Index past a per cent sign written at `index` ("%", "percent", "pct", "per cent"), if one is. */
export function percentSignEnd(tokens: readonly Token[], index: number): number | undefined {
  return matchLongest(tokens, index, PERCENT_SIGNS)?.end;
}

/** "not", "never", "don't", "isn't": a word that denies what follows it. */
export function isNegation(token: Token | undefined): boolean {
  return isWord(token) && (token!.norm === 'not' || token!.norm === 'never' || token!.norm.endsWith("n't"));
}

/** Words besides the negations that turn down what follows: "no shorting", "without optimising", "skip the tuning". */
const REFUSALS: ReadonlySet<string> = new Set(['no', 'without', 'skip', 'avoid', 'dont', 'doesnt', 'wont']);

/** A word that turns down what follows: a negation or a refusal ("no", "without", "skip"). */
export function isDenyingWord(token: Token | undefined): boolean {
  return isNegation(token) || (isWord(token) && REFUSALS.has(token!.norm));
}

/**
 * Whether one of the three words before `index`, in its sentence, turns it down: "don't optimise", "no
 * shorting, please", "never go short"; "so I don't panic. Tune an RSI" turns nothing down.
 */
export function isDeniedBefore(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  return tokens.slice(Math.max(0, index - 3), index).some((token) => token.sentence === sentence && isDenyingWord(token));
}
