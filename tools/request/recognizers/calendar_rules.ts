import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { monthNumberOf, WEEKDAYS as WEEKDAY_NAMES } from './date_points.js';
import { buysRecurringSumInSentence } from './recurring_buys.js';

/**
 * Rules that trade by the calendar, not by price: "buy on Mondays and sell on Fridays", "sell in
 * May", "hold from November to April each year". No strategy here can follow them, so they are
 * read whole and refused (unsupported_rules.ts); before, the weekdays were ignored and buy-and-hold
 * ran, and "November to April" became a single window, in the future.
 */
const WEEKDAYS = WEEKDAY_NAMES.join('|');
const WEEKDAYS_PLURAL = WEEKDAY_NAMES.map((name) => `${name}s`).join('|');

const RESTRICTIONS = 'only|just|solely|exclusively';

/**
 * A weekday that recurs: plural ("on the Mondays", "fridays") or after "every" / "each". A single
 * "Monday" alone is a day, not a rule ("before our Monday meeting").
 */
const WEEKDAY_RULES = phrases(WEEKDAYS_PLURAL, `on|only|every|each ${WEEKDAYS_PLURAL}`, `on|only the ${WEEKDAYS_PLURAL}`, `only on ${WEEKDAYS_PLURAL}`,
  `only on the ${WEEKDAYS_PLURAL}`, `every|each ${WEEKDAYS}`, `on every|each ${WEEKDAYS}`,
  // "buying bitcoin only on monday": a single weekday restricted, after a trading verb, recurs as the plural does.
  `${RESTRICTIONS} on ${WEEKDAYS}`, `on ${WEEKDAYS} only`);

/** "selling on friday", "buy on monday": a single weekday straight after a trading verb is when each trade is made. */
const ON_A_WEEKDAY = phrases(`on ${WEEKDAYS}`);

/**
 * A weekday restricted by "only", "just" ("rsi on ETH but only on tuesdays", "just on fridays",
 * "mondays only"): a rule with or without a trading verb, since nothing else is done on a weekday.
 */
const RESTRICTED_WEEKDAYS = phrases(`${RESTRICTIONS} ${WEEKDAYS_PLURAL}`, `${RESTRICTIONS} on ${WEEKDAYS_PLURAL}`, `${RESTRICTIONS} on the ${WEEKDAYS_PLURAL}`,
  `${WEEKDAYS_PLURAL} only`, `on ${WEEKDAYS_PLURAL} only`);

/** Trading verbs that make a weekday after them a rule: "buy only on Mondays", "sell on the Fridays". */
const TRADING_VERBS = ['buy', 'buys', 'buying', 'sell', 'sells', 'selling', 'enter', 'enters', 'entering', 'exit', 'exits', 'exiting', 'trade', 'trades',
  'trading', 'hold', 'holds', 'holding', 'long', 'short', 'shorting'];

/**
 * What people do together: "my trading group argues every Sunday", "we meet on Fridays". A weekday after
 * one of these, nearer than any trading verb, dates the talk, not a trade.
 */
const PEOPLE_VERBS = ['argue', 'argues', 'arguing', 'meet', 'meets', 'meeting', 'talk', 'talks', 'talking', 'call', 'calls', 'chat', 'chats', 'chatting',
  'debate', 'debates', 'debating', 'discuss', 'discusses', 'gather', 'gathers', 'hang', 'hangs'];

/** Whether the verb nearest before `index` in its sentence is a people verb rather than a trading one. */
function datesPeopleTalking(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  for (let before = index - 1; before >= 0 && tokens[before]!.sentence === sentence; before -= 1) {
    if (isWord(tokens[before], ...PEOPLE_VERBS)) return true;
    if (isWord(tokens[before], ...TRADING_VERBS) || tokens[before]!.norm.startsWith('rebalanc')) return false;
  }
  return false;
}

/** Whether a word before `index` in its sentence is one of `matches`. */
function earlierInSentence(tokens: readonly Token[], index: number, matches: (token: Token) => boolean): boolean {
  const sentence = tokens[index]?.sentence;
  return tokens.slice(0, index).some((token) => token.sentence === sentence && matches(token));
}

/**
 * "buy on Mondays", "trade only mondays", "but only on tuesdays": a weekday rule. An unrestricted
 * weekday needs a trading verb before it in its sentence ("I check it on fridays" is left unread and
 * noted as ignored). How often a portfolio rebalances ("rebalance weekly on fridays") is no rule.
 */
function readWeekdayRule(tokens: readonly Token[], index: number): number | undefined {
  if (earlierInSentence(tokens, index, (token) => token.norm.startsWith('rebalanc'))) return undefined;
  if (datesPeopleTalking(tokens, index)) return undefined;
  const restricted = matchLongest(tokens, index, RESTRICTED_WEEKDAYS);
  if (restricted) return restricted.end;
  // "I buy $50 of btc every friday": how often a sum is bought (recurring_buys.ts), not a trading rule.
  const tradedOn = earlierInSentence(tokens, index, (token) => isWord(token, ...TRADING_VERBS)) && !buysRecurringSumInSentence(tokens, index);
  if (!tradedOn) return undefined;
  return matchLongest(tokens, index, WEEKDAY_RULES)?.end ?? (isWord(tokens[index - 1], ...TRADING_VERBS) ? matchLongest(tokens, index, ON_A_WEEKDAY)?.end : undefined);
}

/**
 * Seasonal rules known by their names. "the halloween indicator" and "a seasonality strategy" are
 * left to the strategy reader, which refuses them as unknown strategies.
 */
const NAMED_SEASONAL = phrases('sell in may', 'sell in may and go away', 'halloween effect|trade', 'santa rally', 'santa claus rally', 'january effect',
  'turn of the month|year effect', 'seasonal pattern|patterns|trading|rule|rules', 'seasonality', 'seasonality effect');

/** Words that make months recur: "each year", "every year", "annually". */
const EVERY_YEAR = phrases('each|every year', 'of each|every year', 'annually', 'yearly', 'every single year', 'year after year');
const MONTH_LEADS = ['from', 'between', 'in', 'during', 'only'];
const MONTH_JOINS = ['to', 'through', 'thru', 'till', 'until', 'and', '-'];

function isMonth(token: Token | undefined): boolean {
  return isWord(token) && monthNumberOf(token!.norm) !== undefined;
}

/** "(from) November to April each year", "in December every year", "every January": months that repeat. */
function readRecurringMonths(tokens: readonly Token[], index: number): number | undefined {
  if (isWord(tokens[index], 'every', 'each') && isMonth(tokens[index + 1])) return index + 2;
  let at = isWord(tokens[index], ...MONTH_LEADS) ? index + 1 : index;
  if (!isMonth(tokens[at])) return undefined;
  at++;
  if (MONTH_JOINS.includes(tokens[at]?.norm ?? '') && isMonth(tokens[at + 1])) at += 2;
  return matchLongest(tokens, at, EVERY_YEAR)?.end;
}

export const recognizeCalendarRule: Recognizer = (tokens, index) => {
  // "rebalance every January" is how often a portfolio rebalances (portfolio_settings.ts), not a trading rule.
  if (tokens[index - 1]?.norm.startsWith('rebalanc')) return undefined;
  const weekday = readWeekdayRule(tokens, index);
  const seasonal = matchLongest(tokens, index, NAMED_SEASONAL)?.end ?? readRecurringMonths(tokens, index);
  if (weekday === undefined && seasonal === undefined) return undefined;
  const [rule, end] = weekday !== undefined ? ['day_of_week', weekday] as const : ['seasonal', seasonal!] as const;
  return { end, clauses: [{ kind: 'unsupported_rule', rule, written: writtenText(tokens.slice(index, end)) }] };
};
