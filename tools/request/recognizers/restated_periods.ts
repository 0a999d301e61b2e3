import type { Recognizer } from '../clauses.js';
import { isPunct, matchLongest, phrases } from '../token_matchers.js';
import { recognizeDates } from './dates.js';

/** Words that say the range after them restates what came before: "so all together", "i.e.", "in total", "that is". */
const RESTATING = phrases('so all together', 'so altogether', 'all together', 'altogether', 'so in total', 'in total', 'in all', 'so overall', 'overall',
  'that is', 'that is to say', "that's", 'i . e .', 'i . e', 'ie', 'in other words', 'meaning', 'namely', 'so basically', 'so');

/**
 * "in the second quarter and the third quarter of 2022, so all together from april to september
 * 2022": a range after a restating word is marked, so that it may stand for the periods it covers
 * (restated_periods.ts) rather than be refused as one period too many.
 */
export const recognizeRestatedPeriod: Recognizer = (tokens, index, context) => {
  // "So last week I had a bad fill": a message's opening word restates nothing.
  if (index === 0) return undefined;
  const marker = matchLongest(tokens, index, RESTATING);
  if (!marker) return undefined;
  const at = isPunct(tokens[marker.end], ',', ':', '-') ? marker.end + 1 : marker.end;
  const dates = recognizeDates(tokens, at, context);
  if (!dates || !dates.clauses.some((clause) => clause.kind === 'dates' && clause.start !== undefined && clause.end !== undefined && !clause.openEnd)) return undefined;
  return { end: dates.end, clauses: dates.clauses.map((clause) => (clause.kind === 'dates' ? { ...clause, restated: true } : clause)) };
};
