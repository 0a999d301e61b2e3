import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { exitLeadAt, exitVerbNear } from './position_exits.js';
import type { UnsupportedRule } from './trade_rules.js';

/**
 * Leaving on a gain told in everyday words is a take profit, like "take profit at 10%": the gain
 * first ("a 10% gain and I'm out", "10% up and I sell", "+15% then close it") or the exit first with
 * where it happens ("I'm out after a 10% gain", "bank it at +10%", "sell at a 20% profit"). Read
 * whole, so the gain never becomes a return goal (before: "a 10% gain and I'm out" asked for
 * total_return >= 10% and tuned for it). A goal without a leaving verb ("I want a 10% gain",
 * "make 10% on it") is no exit; "cash out once I'm up 50%" is read by position_exits.ts.
 */

/** What the percentage is: "a 10% gain", "20% profit", "10% up", "a 15% pop". */
const GAIN_WORDS = phrases('gain|gains|profit|profits|rise|pop|jump|run|upside|up|higher', 'in profit', 'in the green');
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'another']);
/** Where an exit happens: "out after a 10% gain", "bank it at +10%", "sell on a 20% pop". */
const EXIT_AT: ReadonlySet<string> = new Set(['after', 'at', 'on', 'with', 'past', 'above']);
/** Between the exit verb and where it happens: "sell it at", "close the trade at", "get out right after". */
const EXIT_OBJECT_WORDS: ReadonlySet<string> = new Set(['it', 'them', 'out', 'the', 'my', 'trade', 'position', 'right', 'straight', 'immediately']);

interface Gain {
  end: number;
  /** Written with its "+" or a word that makes it a gain ("a 10% gain"), not a bare percentage. */
  told: boolean;
}

/** "a 10% gain", "+10%", "10% up", "a 20% profit". */
function readGain(tokens: readonly Token[], index: number): Gain | undefined {
  const at = isWord(tokens[index]) && ARTICLES.has(tokens[index]!.norm) ? index + 1 : index;
  const signed = isPunct(tokens[at], '+') && tokens[at + 1]?.joined === true;
  const number = signed ? at + 1 : at;
  if (!isNumber(tokens[number]) || !(isPunct(tokens[number + 1], '%') || isWord(tokens[number + 1], 'percent', 'pct'))) return undefined;
  const word = matchLongest(tokens, number + 2, GAIN_WORDS);
  return { end: word?.end ?? number + 2, told: signed || word !== undefined };
}

/** "a 10% gain and I'm out", "10% up and I sell", "+15%, then close it". */
function readGainThenExit(tokens: readonly Token[], index: number): number | undefined {
  const gain = readGain(tokens, index);
  if (!gain?.told) return undefined;
  const verb = exitVerbNear(tokens, isPunct(tokens[gain.end], ',', '-', ':') ? gain.end + 1 : gain.end);
  if (!verb) return undefined;
  return isWord(tokens[verb.end], 'it', 'them') ? verb.end + 1 : verb.end;
}

/** "I'm out after a 10% gain", "bank it at +10%", "out at +10%", "sell the position at a 20% profit". */
function readExitOnGain(tokens: readonly Token[], index: number): number | undefined {
  const verb = exitLeadAt(tokens, index);
  const at = verb && skipWords(tokens, verb.end, EXIT_OBJECT_WORDS);
  if (at === undefined || at > verb!.end + 3 || !isWord(tokens[at]) || !EXIT_AT.has(tokens[at]!.norm)) return undefined;
  const gain = readGain(tokens, at + 1);
  return gain?.told ? gain.end : undefined;
}

export function readGainExit(tokens: readonly Token[], index: number): { end: number; rule: UnsupportedRule } | undefined {
  const end = readGainThenExit(tokens, index) ?? readExitOnGain(tokens, index);
  return end === undefined ? undefined : { end, rule: 'take_profit' };
}
