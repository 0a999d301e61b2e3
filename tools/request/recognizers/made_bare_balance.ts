import type { Recognizer } from '../clauses.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';
import { finalEquity, isBareBalance, readGoalAmount } from './money_goal.js';
import { readMoney, recognizeMoney } from './money.js';

/**
 * "I start with 10000 dollars and I want to make it 30000": once the message has stated the capital,
 * making the money a plain sum is where it should end, even with no currency on the sum (money_goal.ts
 * reads it when marked: "make it $30k"). Only a sum of money's size (1000 or more) with nothing after it
 * saying what it counts, so "make it 30" (a window) and "make it 3000 trades" keep their readings.
 */
const MAKING = ['make', 'making'];
const MADE = phrases('it', 'it into|to', 'that|this|them|those into|to', 'my|our|the money|capital|stake|account into|to');
const SMALLEST_SUM = 1000;

export const recognizeMadeBareBalance: Recognizer = (tokens, index, context) => {
  if (!isWord(tokens[index], ...MAKING)) return undefined;
  const made = matchLongest(tokens, index + 1, MADE);
  if (!made || !isBareBalance(tokens, made.end)) return undefined;
  const sum = readMoney(tokens, made.end);
  if (!sum || sum.amount < SMALLEST_SUM) return undefined;
  const capital = tokens.slice(0, index).reduce<number | undefined>((found, _, at) => found ?? capitalAt(at), undefined);
  function capitalAt(at: number): number | undefined {
    const clause = recognizeMoney(tokens, at, context)?.clauses.find((read) => read.kind === 'capital');
    return clause?.kind === 'capital' ? clause.amount : undefined;
  }
  // Making 10k into 5k is no goal anyone sets; leave such a sum to the other readings.
  if (capital === undefined || !(sum.amount > capital)) return undefined;
  const goal = readGoalAmount(tokens, made.end, true, true);
  return goal && finalEquity(goal);
};
