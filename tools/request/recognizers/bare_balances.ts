import type { RecognizerContext } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, isYearNumber } from '../token_matchers.js';
import { isChatAside } from './chat_asides.js';
import { CLAUSE_GOES_ON_AFTER_GOAL, readGoalAmount } from './money_goal.js';
import { recognizeMoney } from './money.js';

/**
 * The one rule for a final balance written as a plain number ("capital 10000, could it grow to
 * 80000", "make it 30000", "can it get to 5000 with sma instead"). Unmarked, a number may as well
 * count days or trades, so it is money only when a capital is known, the number is a sum of money's
 * size and more than that capital, nothing after it says what it counts, and it is no year.
 */
const SMALLEST_BALANCE = 1000;
/** What may follow the balance: the rest of the sentence ("… with sma crossover instead"), not a unit ("5000 trades"). */
const GOES_ON: ReadonlySet<string> = new Set([...CLAUSE_GOES_ON_AFTER_GOAL, 'with', 'using', 'via', 'on', 'instead', 'now', 'though', 'at', 'ever', 'eventually']);

/** The last capital this message states before `index` ("I start with 10000 dollars and …"). */
export function capitalStatedBefore(tokens: readonly Token[], index: number, context: RecognizerContext): number | undefined {
  let found: number | undefined;
  for (let at = 0; at < index; at++) {
    const capital = recognizeMoney(tokens, at, context)?.clauses.find((clause) => clause.kind === 'capital');
    if (capital?.kind === 'capital') found = capital.amount;
  }
  return found;
}

/** The plain number at `at` read as the final balance, under the rule above; `capital` the one it grows from, if known. */
export function readBareBalance(tokens: readonly Token[], at: number, capital: number | undefined): ReturnType<typeof readGoalAmount> {
  if (capital === undefined) return undefined;
  const goal = readGoalAmount(tokens, at, true, true);
  if (!goal || goal.amount < SMALLEST_BALANCE || !(goal.amount > capital)) return undefined;
  const next = tokens[goal.end];
  if (isWord(next) && !GOES_ON.has(next!.norm) && !isChatAside(next)) return undefined;
  return tokens.slice(at, goal.end).some((token) => isYearNumber(token)) ? undefined : goal;
}
