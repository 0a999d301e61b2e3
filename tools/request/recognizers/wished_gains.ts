import type { Clause, Recognizer } from '../clauses.js';
import { isDeniedBefore, isNumber, isWord, matchLongest, percentSignEnd, phrases, roundClean } from '../token_matchers.js';
import { AT_LEAST_AFTER } from './targets.js';

/**
 * "sma on btc 2022, I want to make 10% on it", "hoping to earn at least 15%", "can I gain 20% with
 * this?", "wanna make 30% a year": a gain wished for is a total return goal (a yearly one is the
 * CAGR). Only wishes and questions lead it: "I made 10% on it last year" tells a story, and "make 10%
 * on each trade" is a take-profit, left to the exit readers.
 */
const WISHES = phrases('want|wants|need|needs|hope|hopes|hoping|aim|aims|aiming|trying|try|expect|expects|expecting|like|love|able|going|plan|planning to',
  'wanna|gonna', 'can|could|will|would|does|do i|we|it|this|that make|earn|gain', 'can|could|will|would|does the strategy make|earn|gain');
const GAIN_VERBS = ['make', 'earn', 'gain', 'net', 'pocket'];
const STRICT = phrases('more than', 'over', 'above', 'north of', 'upwards of');
const AT_LEAST = phrases('at least', 'a minimum of', 'no less than', 'min');
const ON_IT = phrases('on|from|with it|this|that', 'on|from|with my|the|our money|capital|account|investment|stake');
const PER_YEAR = phrases('a|per|each|every year', 'per annum', 'annually', 'yearly', 'annualised', 'annualized');
/** "make 10% on each trade", "10% per position": a gain per trade is where a trade is closed, not the run's return. */
const PER_TRADE = phrases('on|per|each|every|a trade|position|deal', 'on each|every trade|position', 'on every single trade');

export const recognizeWishedGain: Recognizer = (tokens, index) => {
  const wish = matchLongest(tokens, index, WISHES);
  if (!wish || isDeniedBefore(tokens, index)) return undefined;
  // The question form ends on its verb; the others are followed by it.
  const verbEnd = isWord(tokens[wish.end - 1], ...GAIN_VERBS) ? wish.end : isWord(tokens[wish.end], ...GAIN_VERBS) ? wish.end + 1 : undefined;
  if (verbEnd === undefined) return undefined;
  const strict = matchLongest(tokens, verbEnd, STRICT);
  const atLeast = strict ? undefined : matchLongest(tokens, verbEnd, AT_LEAST);
  const numberAt = strict?.end ?? atLeast?.end ?? verbEnd;
  const percentEnd = isNumber(tokens[numberAt]) ? percentSignEnd(tokens, numberAt + 1) : undefined;
  if (percentEnd === undefined || matchLongest(tokens, percentEnd, PER_TRADE)) return undefined;
  let end = matchLongest(tokens, percentEnd, AT_LEAST_AFTER)?.end ?? percentEnd;
  end = matchLongest(tokens, end, ON_IT)?.end ?? end;
  const yearly = matchLongest(tokens, end, PER_YEAR);
  const clause: Clause = {
    kind: 'target', metric: yearly ? 'cagr' : 'total_return', operator: strict ? '>' : '>=', value: roundClean(tokens[numberAt]!.value / 100),
  };
  return { end: yearly?.end ?? end, clauses: [clause] };
};
