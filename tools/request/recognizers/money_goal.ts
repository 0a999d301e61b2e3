import type { Recognizer } from '../clauses.js';
import { isWord, matchLongest, phrases, roundClean } from '../token_matchers.js';
import { readMoney } from './money.js';

/**
 * A goal written as money: "turn 10k into at least 30k", "grow $5,000 to 20k". The first amount is
 * the starting capital and the second a total return target (30k from 10k is +200 %), as "double
 * my money" is (written_shares.ts); read before, the first amount was lost and the second taken as
 * the capital. "more than" / "over" is strict, otherwise the goal is reached at the amount itself.
 */
const GOAL_VERBS = ['turn', 'turning', 'grow', 'growing', 'make', 'making', 'get', 'getting', 'take', 'taking'];
const LINKS = ['into', 'to'];
const STRICT = phrases('more than', 'over', 'above', 'north of', 'beyond');
const AT_LEAST = phrases('at least', 'min', 'minimum', 'no less than', 'a minimum of');

export const recognizeMoneyGoal: Recognizer = (tokens, index) => {
  if (!isWord(tokens[index], ...GOAL_VERBS)) return undefined;
  const start = readMoney(tokens, index + 1);
  if (!start || !start.marked || !isWord(tokens[start.end], ...LINKS)) return undefined;
  const strict = matchLongest(tokens, start.end + 1, STRICT);
  const atLeast = strict ? undefined : matchLongest(tokens, start.end + 1, AT_LEAST);
  const goal = readMoney(tokens, strict?.end ?? atLeast?.end ?? start.end + 1);
  if (!goal || !goal.marked || !(goal.amount > start.amount)) return undefined;
  return {
    end: goal.end,
    clauses: [
      { kind: 'capital', amount: start.amount },
      { kind: 'target', metric: 'total_return', operator: strict ? '>' : '>=', value: roundClean(goal.amount / start.amount - 1) },
    ],
  };
};
