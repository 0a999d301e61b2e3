/**
 * Idioms a writer turns something down with: "Bitcoin is dead to me", "I'm done with XRP", "forget
 * Solana", "Dogecoin can go to hell", "ETH? no thanks". Like "leave Bitcoin out" (declined_mentions.ts),
 * what the idiom names is not asked for; its own words are read with it, never reported as ignored.
 */
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { clauseAround } from './life_clauses.js';

/** The writer is through with what follows: "I'm done with XRP", "we're sick of memecoins". */
const DONE_WITH = phrases('done|through|finished with', 'sick|tired of', 'fed up with', 'so over');
/** Who must say it: "once you're done with BTC, run ETH" turns nothing down. */
const WRITERS = ["i'm", 'im', 'i', 'am', "we're", 'we', "i've", 'ive'];
/** How far before the idiom the writer may stand: "I'm totally done with", "I am so fed up with". */
const WRITER_REACH = 3;

/**
 * Told at a clause's start, what follows is turned down: "forget Solana", "screw bitcoin", "to hell
 * with Doge", "skip ichimoku", "never mind the ichimoku" (one the conversation named is removed from it).
 */
const DISMISSALS = phrases('forget', 'forget about', 'screw', 'to hell with', 'the hell with', 'skip', 'ditch', 'scrap', 'never mind', 'nevermind',
  'skip|ditch|scrap the');
/** Words a clause may open with before the dismissal: "so forget Solana", "nah, screw XRP". */
const OPENERS = ['just', 'so', 'and', 'but', 'ok', 'okay', 'oh', 'nah', 'honestly', 'yeah', 'also', 'then'];

/** Said after it, what the clause named first is turned down: "Bitcoin is dead to me", "Doge can go to hell", "ETH? no thanks". */
const TURNED_AWAY = phrases('dead to me', 'can|could|should|may go to hell', 'go to hell', 'no thanks|thx', 'no thank you', 'hard pass');

/** Punctuation between a name and the idiom after it: "ETH? no thanks", "Doge - hard pass". */
const ASIDE_MARKS = ['?', ',', '-', ':', '...'];

export interface DecliningIdiom {
  /** The idiom's own words. */
  words: number[];
  /** What it turns down. */
  declined: number[];
}

function saidByWriter(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(Math.max(0, at - WRITER_REACH), at).some((token) => isWord(token, ...WRITERS));
}

function opensClause(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (isWord(tokens[before], ...OPENERS)) before--;
  return before < 0 || tokens[before]!.kind === 'punct';
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, step) => from + step);

/** The declining idiom starting at `at`, with what it turns down, or undefined. */
export function decliningIdiomAt(tokens: readonly Token[], at: number): DecliningIdiom | undefined {
  const doneWith = matchLongest(tokens, at, DONE_WITH);
  const dismissal = doneWith === undefined ? matchLongest(tokens, at, DISMISSALS) : undefined;
  const leading = (doneWith && saidByWriter(tokens, at)) || (dismissal && opensClause(tokens, at)) ? (doneWith ?? dismissal) : undefined;
  if (leading) return { words: range(at, leading.end), declined: clauseAround(tokens, at, leading.end).filter((index) => index >= leading.end) };
  const trailing = matchLongest(tokens, at, TURNED_AWAY);
  if (!trailing) return undefined;
  // "ETH? no thanks": the name stands in the clause before the mark.
  const aside = isPunct(tokens[at - 1], ...ASIDE_MARKS);
  const named = aside ? clauseAround(tokens, at - 1, at).filter((index) => index < at - 1) : clauseAround(tokens, at, trailing.end).filter((index) => index < at);
  return named.length > 0 ? { words: range(at, trailing.end), declined: named } : undefined;
}
