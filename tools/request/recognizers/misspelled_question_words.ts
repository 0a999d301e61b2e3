import { distance } from 'fastest-levenshtein';
import { isNeighbourSwap } from '../fuzzy_names.js';
import { isWord } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';

/**
 * A question about saved runs typed in a hurry: "wat was my bset eth strat", "whats my bets btc run",
 * "my lastt 5 runs", "my best stratgey", "my wrost run". A word of 4+ letters with a key word's
 * first letter is read as it when one edit or two neighbouring letters swapped ("bset") away from
 * exactly one key word, so the question's other rules see the words they know. One edit, not the
 * two fuzzy_names.ts allows long names: two made "lowest" a "latest" ("which of my btc backtests had
 * the lowest cagr"). The question still needs its marker ("my", "experiments", ...), and a run asked
 * for ("backtest my bset sma") stays a request.
 */
const KEY_WORDS: readonly string[] = ['best', 'worst', 'last', 'latest', 'recent', 'strategy', 'strategies', 'experiment', 'experiments'];
/** Shorter words ("bet", "lst") are real words or abbreviations read elsewhere. */
const MIN_LENGTH = 4;
/**
 * Real words a slip away from a key word, never read as it: "list my runs" is no "last", "at least"
 * no "last", "worse" is its own comparative, "my bet is" no "best".
 */
const OTHER_WORDS: ReadonlySet<string> = new Set([
  'list', 'lost', 'lust', 'lest', 'least', 'lass', 'lash', 'late', 'bet', 'beat', 'bust', 'bent', 'belt', 'beet', 'boast', 'worse', 'worth', 'wrist',
  'strategic', 'strategist', 'strategize', 'strategise', 'recant', 'regent', 'repent', 'resent', 'lattes', 'latter', 'latent', 'lasted', 'lasts',
  // One or two edits from "best" and "latest"; named so that no threshold takes them.
  'lowest', 'largest', 'longest', 'lamest', 'beast', 'beset',
]);
/**
 * "bets" is a word too, read as "best" only where "best" stands: after "my|the" and before the runs it
 * ranks ("whats my bets btc run"), not "my bets on btc" or "what were my bets".
 */
const REAL_WORD_SLIPS: Readonly<Record<string, string>> = { bets: 'best' };
const SLIP_LEADS = ['my', 'the', 'our'];
const NOT_RANKED = ['on', 'in', 'at', 'for', 'are', 'were', 'was', 'is', 'and', 'or', 'that', 'i', 'we', 'with', 'against'];

function meantWord(tokens: readonly Token[], index: number): string | undefined {
  const word = tokens[index]!.norm;
  if (KEY_WORDS.includes(word) || OTHER_WORDS.has(word)) return undefined;
  if (Object.hasOwn(REAL_WORD_SLIPS, word)) {
    const placed = isWord(tokens[index - 1], ...SLIP_LEADS) && isWord(tokens[index + 1]) && !isWord(tokens[index + 1], ...NOT_RANKED);
    return placed ? REAL_WORD_SLIPS[word] : undefined;
  }
  if (word.length < MIN_LENGTH) return undefined;
  const near = KEY_WORDS.filter((key) => key[0] === word[0] && (distance(word, key) <= 1 || isNeighbourSwap(word, key)));
  const meant = near.length === 1 ? near[0] : undefined;
  // An inflection ("bests", "lasting") is its own word, not a slip.
  return meant && !meant.startsWith(word) && !word.startsWith(meant) ? meant : undefined;
}

export function correctQuestionWords(tokens: readonly Token[]): Token[] {
  return tokens.map((token, index) => {
    const meant = isWord(token) ? meantWord(tokens, index) : undefined;
    return meant ? { ...token, norm: meant } : token;
  });
}
