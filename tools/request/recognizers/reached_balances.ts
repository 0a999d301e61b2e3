import type { Recognizer, RecognizerContext } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, isYearNumber, matchLongest, phrases } from '../token_matchers.js';
import { readMoney } from './money.js';
import { CLAUSE_GOES_ON_AFTER_GOAL, readGoalAmount, statesCapitalBefore } from './money_goal.js';

/**
 * "buy and hold btc with 1000 bucks", then "can it get to 5000 with sma crossover instead", "could it
 * reach 5k", "see if it gets to 3k": asking whether the run's money reaches an amount is a final
 * equity target, not a new capital nor an ignored number. Present forms only: "it got to 5000"
 * tells what happened.
 */
const SUBJECTS = phrases('it', 'the strategy|backtest|run|system|account|portfolio|money|capital|balance|equity',
  'my|our money|account|capital|stake|balance|portfolio');
const REACHING = phrases('get|gets|getting to', 'reach|reaches|reaching', 'hit|hits|hitting', 'make|makes|making it to',
  'grow|grows|growing to', 'climb|climbs|climbing to', 'end|ends up at|with');

/** What may follow a bare goal: the rest of the sentence ("… with sma crossover instead"), not a unit ("5000 trades"). */
const GOES_ON: ReadonlySet<string> = new Set([...CLAUSE_GOES_ON_AFTER_GOAL, 'with', 'using', 'via', 'on', 'instead', 'now', 'though', 'at', 'ever', 'eventually']);

/**
 * The capital a bare number grows from: one stated earlier in this message or the conversation.
 * Without one, "can it get to 5000" could as well be a count, so it needs the money marked ("$5k").
 */
function statedCapital(tokens: readonly Token[], index: number, context: RecognizerContext): number | undefined {
  if (statesCapitalBefore(tokens, index, context)) return readCapitalBefore(tokens, index);
  return context.conversation?.capital;
}

/** The last marked amount before `index`, the capital statesCapitalBefore found. */
function readCapitalBefore(tokens: readonly Token[], index: number): number | undefined {
  let found: number | undefined;
  for (let at = 0; at < index; at++) {
    const money = readMoney(tokens, at);
    if (money?.marked) found = money.amount;
  }
  return found;
}

function endsGoal(token: Token | undefined): boolean {
  return !isWord(token) || GOES_ON.has(token!.norm);
}

export const recognizeReachedBalance: Recognizer = (tokens, index, context) => {
  const subject = matchLongest(tokens, index, SUBJECTS);
  const verb = subject && matchLongest(tokens, subject.end, REACHING);
  if (!verb) return undefined;
  const marked = readGoalAmount(tokens, verb.end, true);
  const goal = marked ?? bareGoal(tokens, verb.end, statedCapital(tokens, index, context));
  return goal && { end: goal.end, clauses: [{ kind: 'target', metric: 'final_equity', operator: goal.side, value: goal.amount }] };
};

/**
 * A bare number is the goal when the capital is known and it is more than that, the sentence goes on
 * after it, and it is no year ("can it get to 2023" is no balance).
 */
function bareGoal(tokens: readonly Token[], index: number, capital: number | undefined): ReturnType<typeof readGoalAmount> {
  if (capital === undefined) return undefined;
  const goal = readGoalAmount(tokens, index, true, true);
  if (!goal || !(goal.amount > capital) || !endsGoal(tokens[goal.end])) return undefined;
  return tokens.slice(index, goal.end).some((token) => isYearNumber(token)) ? undefined : goal;
}
