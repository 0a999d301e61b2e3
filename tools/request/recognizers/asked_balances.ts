import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';
import { capitalStatedBefore, readBareBalance } from './bare_balances.js';
import { finalEquity, readGoalAmount } from './money_goal.js';

/**
 * "capital 10000, could it have grown to 80 thousand?", "could it reach $50k", and after "buy and
 * hold btc with 1000 bucks", "can it get to 5000 with sma crossover instead" or "see if it gets to
 * 3k": asking whether the money comes to an amount is a goal on the final balance. Before, the
 * amount was read as a second capital, or ignored. A subject leads, so "the price grows to 80k" and
 * "could btc reach 100k" say nothing here; with no modal ("it gets to 5000") only present forms ask,
 * since "it got to 5000" tells what happened.
 */
const MODALS = ['could', 'can', 'would', 'will', 'might', 'may', 'should', 'does', 'did', 'do'];
const MODALS_HAVE = ["could've", "would've", "might've", "should've"];
const CONDITIONS = ['if', 'whether'];
/** What grows: the money or the run that holds it, never a price. */
const SUBJECTS = phrases('it', 'we', 'i', 'my|our|the money|capital|account|stake|balance|equity|portfolio|pot',
  'the strategy|backtest|run|system');
/** Without a modal, "we"/"i" tell of the writer ("i get to 5000 trades"): only the money or the run reaches. */
const PRESENT_SUBJECTS = phrases('it', 'the strategy|backtest|run|system|account|portfolio|money|capital|balance|equity',
  'my|our money|account|capital|stake|balance|portfolio');
/** "have grown", "'ve grown", and "of grown" written for the "'ve" it sounds like. */
const HAVE = ['have', 'of'];
const GROWING = phrases('grow|grows|grown|growing|climb|climbs|climbed|rise|rises|risen to|into', 'get|gets|gotten|got to',
  'turn|turns|turned into', 'reach|reaches|reached|hit|hits', 'make|makes|made it to', 'end|ends|ended up at|with');
const PRESENT_REACHING = phrases('get|gets|getting to', 'reach|reaches|reaching', 'hit|hits|hitting', 'make|makes|making it to',
  'grow|grows|growing to', 'climb|climbs|climbing to', 'end|ends up at|with');

/** Past the modal and "have" after a subject, when there is one. */
function pastModal(tokens: readonly Token[], index: number): number | undefined {
  if (isWord(tokens[index], ...MODALS_HAVE)) return index + 1;
  if (!isWord(tokens[index], ...MODALS)) return undefined;
  return isWord(tokens[index + 1], ...HAVE) ? index + 2 : index + 1;
}

/** The verb after "could it (have)", "it could (have)" or "if it (could)"; after a bare subject, present forms only. */
function askedVerb(tokens: readonly Token[], index: number): { end: number } | undefined {
  if (isWord(tokens[index], ...MODALS)) {
    const subject = matchLongest(tokens, index + 1, SUBJECTS);
    const verbAt = subject && (isWord(tokens[subject.end], ...HAVE) ? subject.end + 1 : subject.end);
    return verbAt === undefined ? undefined : matchLongest(tokens, verbAt, GROWING);
  }
  if (isWord(tokens[index], ...CONDITIONS)) {
    const subject = matchLongest(tokens, index + 1, SUBJECTS);
    return subject && matchLongest(tokens, pastModal(tokens, subject.end) ?? subject.end, GROWING);
  }
  const subject = matchLongest(tokens, index, SUBJECTS);
  const verbAt = subject && pastModal(tokens, subject.end);
  if (verbAt !== undefined) return matchLongest(tokens, verbAt, GROWING);
  const present = matchLongest(tokens, index, PRESENT_SUBJECTS);
  return present && matchLongest(tokens, present.end, PRESENT_REACHING);
}

export const recognizeAskedBalance: Recognizer = (tokens, index, context) => {
  const verb = askedVerb(tokens, index);
  if (!verb) return undefined;
  const goal = readGoalAmount(tokens, verb.end, true) ?? readBareBalance(tokens, verb.end, capitalStatedBefore(tokens, index, context) ?? context.conversation?.capital);
  return goal && finalEquity(goal);
};
