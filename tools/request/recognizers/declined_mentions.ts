import type { Token } from '../tokenizer.js';
import { isNegation, isPunct, isWord } from '../token_matchers.js';
import { decliningIdiomAt } from './idiom_declines.js';
import { asksForRun, clauseAround } from './life_clauses.js';
import { turnedDownQuestions } from './turned_down_questions.js';

/** Words between a negation and what it denies: "don't really want", "not even touching". */
const SOFTENERS: ReadonlySet<string> = new Set(['really', 'even', 'ever', 'actually', 'honestly', 'particularly', 'at', 'all']);

/** What a negation turns down when it denies these: "not interested in", "not touching", "don't want". */
const DECLINING_WORDS: ReadonlySet<string> = new Set(['want', 'wanna', 'need', 'interested', 'touching', 'touch', 'include', 'including']);

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'any', 'the']);

/** The index just past "don't (really) want" / "not interested" at `at`, or undefined. */
function decliningLeadEnd(tokens: readonly Token[], at: number): number | undefined {
  if (!isNegation(tokens[at])) return undefined;
  for (let next = at + 1; isWord(tokens[next]); next++) {
    const norm = tokens[next]!.norm;
    // "I don't want to lose more than 20%": a wish for something other than a run declines nothing.
    if (DECLINING_WORDS.has(norm)) {
      const declines = norm === 'interested' || norm.startsWith('touch') || norm.startsWith('includ') || asksForRun(tokens, next);
      // "I don't want just BTC": what follows is kept, and more is asked for.
      return declines && !isWord(tokens[next + 1], 'just', 'only', 'merely') ? next + 1 : undefined;
    }
    if (!SOFTENERS.has(norm)) return undefined;
  }
  return undefined;
}

/** "isn't for me", "is not for me" starts at `at`. */
function notForMeAt(tokens: readonly Token[], at: number): boolean {
  const negation = isWord(tokens[at], 'is', 'are') ? at + 1 : at;
  const isVerb = negation === at + 1 ? isWord(tokens[negation], 'not') : isWord(tokens[at], "isn't", "aren't", 'isnt', 'arent');
  return isVerb && isWord(tokens[negation + 1], 'for') && isWord(tokens[negation + 2], 'me');
}

/** "I don't want another one of those": a wish the writer denies turns something down, and asks for nothing. */
export function isDeniedWish(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (isWord(tokens[before]) && SOFTENERS.has(tokens[before]!.norm)) before--;
  return isNegation(tokens[before]) && decliningLeadEnd(tokens, before) === at + 1;
}

/** "leave Bitcoin out (of it)", "take Microsoft out", "get the sma out of there", "pull the rsi out": a verb whose object, left out, stands before "out". */
const LEAVING_VERBS = ['leave', 'take', 'keep', 'cut', 'count', 'get', 'pull'];
/** How many words the object left out may take: "leave Tesla and Nvidia out". */
const LEFT_OUT_REACH = 5;
/** "leave those out", "take them out": the object is what the clause named before. */
const POINTING_OBJECTS = ['those', 'these', 'them', 'both', 'it'];

/** The index of "out" closing "leave … out" at `at`, or undefined; "leave it running", "take a look" are no such verbs. */
export function leftOutEnd(tokens: readonly Token[], at: number): number | undefined {
  if (!isWord(tokens[at], ...LEAVING_VERBS)) return undefined;
  for (let next = at + 1; next <= at + LEFT_OUT_REACH && !isPunct(tokens[next], ',', '.', ';', '?', '!'); next++) {
    if (isWord(tokens[next], 'out')) return next > at + 1 ? next : undefined;
  }
  return undefined;
}

/** The words read with what they turn down, never reported as ignored: "leave" of "leave Bitcoin out", "dead to me", "never mind". */
export function decliningWords(tokens: readonly Token[]): Set<Token> {
  return new Set([
    ...tokens.flatMap((token, at) => [
      ...(leftOutEnd(tokens, at) !== undefined ? [token] : []),
      ...(decliningIdiomAt(tokens, at)?.words.map((index) => tokens[index]!) ?? []),
    ]),
    // A question turned down is set aside whole: its unread words are no misreading either.
    ...turnedDownQuestions(tokens).flatMap(({ question, opener }) => [...question, ...opener].map((index) => tokens[index]!)),
  ]);
}

/**
 * "leave Bitcoin out of it", "take Microsoft out", "I own Tesla and Nvidia so leave those out": the
 * object between the verb and "out" is turned down, or, when a pronoun stands there, what its
 * sentence named before it.
 */
function leftOutIndexes(tokens: readonly Token[], at: number, out: number): number[] {
  const between = Array.from({ length: out - at - 1 }, (_, step) => at + 1 + step);
  if (between.length > 1 || !isWord(tokens[at + 1], ...POINTING_OBJECTS)) return between;
  // "I hold BTC and ETH already, so keep them out": what the sentence named before the verb.
  return tokens.flatMap((token, index) => (index < at && token.sentence === tokens[at]!.sentence ? [index] : []));
}

/**
 * "I'm not touching SOL", "I'm not interested in Apple", "I don't want bitcoin in this at all",
 * "no ETH", "Solana isn't for me", "leave Bitcoin out of it", "Bitcoin is dead to me", "…? no, just": what the writer turns down is not asked for. These are the token
 * indexes so declined; which of the symbols, strategies and settings there are left out is settled
 * once the whole message is read (declined_mentions.ts).
 */
export function declinedIndexes(tokens: readonly Token[]): Set<number> {
  // "…btc drops 50%? no, just run sma on eth": the whole question (turned_down_questions.ts).
  const declined = new Set<number>(turnedDownQuestions(tokens).flatMap(({ question }) => question));
  tokens.forEach((_, at) => {
    // "Bitcoin is dead to me", "I'm done with XRP" (idiom_declines.ts).
    const idiom = decliningIdiomAt(tokens, at);
    if (idiom) {
      for (const index of idiom.declined) declined.add(index);
      return;
    }
    const out = leftOutEnd(tokens, at);
    if (out !== undefined) {
      for (const index of leftOutIndexes(tokens, at, out)) declined.add(index);
      return;
    }
    const end = decliningLeadEnd(tokens, at);
    if (end !== undefined) {
      for (const index of clauseAround(tokens, at, end)) if (index >= end) declined.add(index);
      return;
    }
    // "no ETH", "no buy and hold": only what follows the word at once.
    if (isWord(tokens[at], 'no') && !isPunct(tokens[at + 1])) {
      declined.add(ARTICLES.has(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1);
      return;
    }
    if (notForMeAt(tokens, at)) for (const index of clauseAround(tokens, at, at + 1)) if (index < at) declined.add(index);
  });
  return declined;
}
