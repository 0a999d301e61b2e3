import type { Recognizer } from '../clauses.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';
import { capitalStatedBefore, readBareBalance } from './bare_balances.js';
import { finalEquity } from './money_goal.js';

/**
 * "I start with 10000 dollars and I want to make it 30000": once this message has stated the capital,
 * making the money a plain sum is where it should end (money_goal.ts reads it when marked: "make it $30k"),
 * under the one rule for plain balances (bare_balances.ts), so "make it 30" (a window) and "make it
 * 3000 trades" keep their readings. In a follow-up with no capital of its own, "make it 250k" is the new capital.
 */
const MAKING = ['make', 'making'];
const MADE = phrases('it', 'it into|to', 'that|this|them|those into|to', 'my|our|the money|capital|stake|account into|to');

export const recognizeMadeBareBalance: Recognizer = (tokens, index, context) => {
  if (!isWord(tokens[index], ...MAKING)) return undefined;
  const made = matchLongest(tokens, index + 1, MADE);
  const goal = made && readBareBalance(tokens, made.end, capitalStatedBefore(tokens, index, context));
  return goal && finalEquity(goal);
};
