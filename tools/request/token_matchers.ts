import type { Token } from './tokenizer.js';

/**
 * A phrase is a list of steps; each step is one token norm or alternatives written `a|b`. Hyphens
 * between words are skipped, so "buy-and-hold" matches the phrase "buy and hold".
 */
export type Phrase = readonly string[];

export function phrase(text: string): Phrase {
  return text.split(' ');
}

export function phrases(...texts: string[]): Phrase[] {
  return texts.map(phrase);
}

function isHyphen(token: Token | undefined): boolean {
  return token?.kind === 'punct' && token.norm === '-';
}

/** Index just past `phrase` when it starts at `index`, else -1. */
export function matchPhrase(tokens: readonly Token[], index: number, steps: Phrase): number {
  let position = index;
  for (let step = 0; step < steps.length; step++) {
    if (step > 0 && isHyphen(tokens[position]) && tokens[position + 1]?.kind === 'word') position++;
    const token = tokens[position];
    if (!token || !steps[step]!.split('|').includes(token.norm)) return -1;
    position++;
  }
  return position;
}

/** The longest of `candidates` starting at `index`: its end and its position in the list. */
export function matchLongest(tokens: readonly Token[], index: number, candidates: readonly Phrase[]): { end: number; which: number } | undefined {
  let best: { end: number; which: number } | undefined;
  candidates.forEach((candidate, which) => {
    const end = matchPhrase(tokens, index, candidate);
    if (end > index && (!best || end > best.end)) best = { end, which };
  });
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

export function isPunct(token: Token | undefined, ...marks: string[]): boolean {
  return token?.kind === 'punct' && marks.includes(token.norm);
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
