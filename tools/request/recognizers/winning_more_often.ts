import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { matchLongest, phrases, skipWords } from '../token_matchers.js';
import { DENIED_SIDE, readDenial } from './denied_leads.js';

/**
 * Winning "more often than not" is a win rate over half: "I'd like it to win more often than not",
 * "it should be right most of the time", "win the majority of its trades". Losing that often is
 * a win rate under half, and a denial turns either ("I don't want it to lose more often than not"
is at least half). No share is written, so the trades' share readers never see these.
 */
const WINNING = phrases('win|wins|winning', 'be|is right', 'be|is profitable', 'come|comes|coming out ahead');
const LOSING = phrases('lose|loses|losing', 'be|is wrong');
const MOST_OFTEN = phrases('more often than not', 'most of the time', 'most times', 'the majority of the time', 'the majority of its|my|the trades',
  'most of its|my|the trades', 'on most trades', 'on the majority of trades');

/** Between a denial and the verb: "don't want it to lose…". */
const DENIAL_BRIDGES: ReadonlySet<string> = new Set(['want', 'like', 'it', 'them', 'to', 'ever']);

function readWinning(tokens: readonly Token[], index: number, denied: boolean): RecognizerMatch | undefined {
  const winning = matchLongest(tokens, index, WINNING);
  const losing = winning ? undefined : matchLongest(tokens, index, LOSING);
  const often = matchLongest(tokens, (winning ?? losing)?.end ?? index, MOST_OFTEN);
  if (!often || (!winning && !losing)) return undefined;
  const stated = winning ? '>' : '<';
  return { end: often.end, clauses: [{ kind: 'target', metric: 'win_rate', operator: denied ? DENIED_SIDE[stated] : stated, value: 0.5 }] };
}

export const recognizeWinningMoreOften: Recognizer = (tokens, index) => {
  const denial = readDenial(tokens, index);
  return (denial === undefined ? undefined : readWinning(tokens, skipWords(tokens, denial, DENIAL_BRIDGES), true)) ?? readWinning(tokens, index, false);
};
