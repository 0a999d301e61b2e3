import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';
import { finalEquity, isBareBalance, readGoalAmount, statesCapitalBefore } from './money_goal.js';
import { readMoney } from './money.js';

/**
 * "capital 10000, could it have grown to 80 thousand?", "can it grow to 25k", "could it reach $50k":
 * asking whether the money would come to an amount is a goal on the final balance. Before, with no
 * object after the verb ("grow it to"), the amount was read as a second capital and replaced the first.
 * A subject and a modal (or "if"/"whether") must lead, so "the price grows to 80k" says nothing here.
 */
const MODALS = ['could', 'can', 'would', 'will', 'might', 'may', 'should', 'does', 'did', 'do'];
const MODALS_HAVE = ["could've", "would've", "might've", "should've"];
const CONDITIONS = ['if', 'whether'];
/** What grows: the money or the run that holds it, never a price ("could btc reach 100k" is no goal). */
const SUBJECTS = phrases('it', 'we', 'i', 'my|our|the money|capital|account|stake|balance|equity|portfolio|pot',
  'the strategy|backtest|run|system');
/** "have grown", "'ve grown", and "of grown" written for the "'ve" it sounds like. */
const HAVE = ['have', 'of'];
const GROWING = phrases('grow|grows|grown|growing|climb|climbs|climbed|rise|rises|risen to|into', 'get|gets|gotten|got to',
  'turn|turns|turned into', 'reach|reaches|reached|hit|hits', 'make|makes|made it to', 'end|ends|ended up at|with|on');

/** Index just past "could it (have)" / "it could (have)" / "if it", else undefined. */
function askedSubjectEnd(tokens: readonly Token[], index: number): number | undefined {
  if (isWord(tokens[index], ...MODALS)) {
    const subject = matchLongest(tokens, index + 1, SUBJECTS);
    return subject && (isWord(tokens[subject.end], ...HAVE) ? subject.end + 1 : subject.end);
  }
  if (isWord(tokens[index], ...CONDITIONS)) {
    const subject = matchLongest(tokens, index + 1, SUBJECTS);
    if (!subject) return undefined;
    if (isWord(tokens[subject.end], ...MODALS_HAVE)) return subject.end + 1;
    if (!isWord(tokens[subject.end], ...MODALS)) return subject.end;
    return isWord(tokens[subject.end + 1], ...HAVE) ? subject.end + 2 : subject.end + 1;
  }
  const subject = matchLongest(tokens, index, SUBJECTS);
  if (!subject) return undefined;
  if (isWord(tokens[subject.end], ...MODALS_HAVE)) return subject.end + 1;
  if (!isWord(tokens[subject.end], ...MODALS)) return undefined;
  return isWord(tokens[subject.end + 1], ...HAVE) ? subject.end + 2 : subject.end + 1;
}

export const recognizeAskedBalance: Recognizer = (tokens, index, context) => {
  const verbAt = askedSubjectEnd(tokens, index);
  const verb = verbAt === undefined ? undefined : matchLongest(tokens, verbAt, GROWING);
  if (!verb) return undefined;
  // A plain number of a thousand or more, with nothing after it saying what it counts, is the balance too,
  // once a capital is known (reached_balances.ts has the same rule): alone, "can it get to 5000" may be a count.
  const capitalKnown = statesCapitalBefore(tokens, index, context) || context.conversation?.capital !== undefined;
  const bare = capitalKnown && isBareBalance(tokens, verb.end) && (readMoney(tokens, verb.end)?.amount ?? 0) >= 1000;
  const goal = readGoalAmount(tokens, verb.end, true, bare);
  return goal && finalEquity(goal);
};
