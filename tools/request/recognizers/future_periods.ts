import { addDays, addMonths } from '../calendar.js';
import type { Recognizer } from '../clauses.js';
import { isWord, skipWords } from '../token_matchers.js';
import { readCount, readUnit, UNIT_DAYS, UNIT_MONTHS } from './dates.js';

/**
 * Periods still to come: "the next 6 months", "next year", "the coming weeks". No backtest can run
 * on them, so they become the days they name, from tomorrow, and validation refuses them as
 * future_dates, saying up to which day data exists. Read as nothing, the run would silently use
 * the whole history instead.
 */
const FORWARD_LEADS = ['next', 'coming', 'upcoming', 'forthcoming'];

export const recognizeFuturePeriod: Recognizer = (tokens, index, context) => {
  const leadAt = skipWords(tokens, index, new Set(['the', 'in', 'over', 'for', 'during']));
  if (!isWord(tokens[leadAt], ...FORWARD_LEADS)) return undefined;
  const written = readCount(tokens[leadAt + 1]);
  const count = written ?? 1;
  const unitAt = written === undefined ? leadAt + 1 : leadAt + 2;
  const unit = readUnit(tokens[unitAt]);
  if (unit === undefined) return undefined;
  const end = Object.hasOwn(UNIT_MONTHS, unit) ? addMonths(context.today, count * UNIT_MONTHS[unit]!)
    : Object.hasOwn(UNIT_DAYS, unit) ? addDays(context.today, count * UNIT_DAYS[unit]!) : undefined;
  return end === undefined ? undefined : { end: unitAt + 1, clauses: [{ kind: 'dates', start: addDays(context.today, 1), end }] };
};
