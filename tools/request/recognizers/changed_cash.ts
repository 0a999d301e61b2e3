import type { Recognizer } from '../clauses.js';
import { isPunct, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { readMoney } from './money.js';

/**
 * "bump the cash to 50k", "make the cash 25000", "raise the capital to 50k": a verb that changes an
 * amount makes "the cash" the money the run starts with, as it does "the capital". Alone, "cash" is often
 * what a portfolio holds beside its assets ("cut cash to 10%"), so the amount must read as money: a
 * k/m scale or currency, or a sum of 1,000 or more, never a percentage.
 */
const CHANGED_CASH = phrases('bump|raise|up|increase|boost|lower|cut|reduce|set|change|make|put the|my|our|starting|initial cash|capital',
  'bump|raise|up|increase|boost|lower|cut|reduce|set|change|make|put cash');
const BEFORE_AMOUNT: ReadonlySet<string> = new Set(['to', 'at', 'up', 'down', 'back', 'be', 'it', 'of']);
const LEAST_BARE_SUM = 1000;

export const recognizeChangedCash: Recognizer = (tokens, index) => {
  const cue = matchLongest(tokens, index, CHANGED_CASH);
  const money = cue && readMoney(tokens, skipWords(tokens, cue.end, BEFORE_AMOUNT));
  if (!money || isPunct(tokens[money.end], '%') || !(money.marked || money.amount >= LEAST_BARE_SUM)) return undefined;
  return { end: money.end, clauses: [{ kind: 'capital', amount: money.amount }] };
};
