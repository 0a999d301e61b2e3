import type { Recognizer } from '../clauses.js';
import { isWord } from '../token_matchers.js';
import { recognizeDates } from './dates.js';

/**
 * "only for the year 2023, not until today", "just 2021, not up to now", "2023, but not 2022": a
 * period right after "not" is the one set aside, as after "instead of", so the message's other
 * period replaces it rather than being joined to it (or counted as a second run). One inside the
 * other period ("2020-2022, no, not 2021") is cut out of it (replaced_periods.ts).
 */
export const recognizeNegatedPeriod: Recognizer = (tokens, index, context) => {
  if (!isWord(tokens[index], 'not')) return undefined;
  const period = recognizeDates(tokens, index + 1, context);
  if (!period?.clauses.some((clause) => clause.kind === 'dates')) return undefined;
  return { end: index + 1, clauses: [{ kind: 'mode', mode: 'remove', trailing: false, oneKind: false }] };
};
