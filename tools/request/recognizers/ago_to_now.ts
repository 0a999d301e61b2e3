import type { Recognizer } from '../clauses.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';
import { readCount, readUnit, trailingSpan } from './dates.js';

/**
 * "for 1 year ago until now", "from 3 months ago to today", "since two years ago": a start counted back
 * from today, run up to today, is the trailing span (as "the past year" is). Before, the count and
 * "ago" went unread and the run took all the data. A start's lead or an end at today is needed: "2 years
 * ago" alone may be a story's time ("I sold 2 years ago"), and "for 2 years ago" says nothing alone.
 */
const START_LEADS = phrases('from', 'since', 'starting', 'starting from', 'beginning', 'beginning from');
const SPAN_LEADS = phrases('for', 'over');
const TO_NOW = phrases('until|till|til|to|through|thru now|today|present|date', 'until|till|til|to|through|thru the present', 'up to|until|till now|today|present|date',
  'up to|until|till the present');

export const recognizeAgoToNow: Recognizer = (tokens, index, context) => {
  const startLead = matchLongest(tokens, index, START_LEADS);
  const lead = startLead ?? matchLongest(tokens, index, SPAN_LEADS);
  const countAt = lead ? lead.end : index;
  const count = readCount(tokens[countAt]);
  const unit = readUnit(tokens[countAt + 1]);
  if (count === undefined || unit === undefined || !isWord(tokens[countAt + 2], 'ago')) return undefined;
  const toNow = matchLongest(tokens, countAt + 3, TO_NOW);
  if (!startLead && !toNow) return undefined;
  const span = trailingSpan(unit, count, context.today);
  return span && { end: toNow ? toNow.end : countAt + 3, clauses: [{ kind: 'dates', start: span.start, end: span.end }] };
};
