import type { Clause, Recognizer, RecognizerContext } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import { recognizeDates } from './dates.js';

type Period = Extract<Clause, { kind: 'dates' }>;

function periodAt(tokens: readonly Token[], index: number, context: RecognizerContext): { end: number; period: Period } | undefined {
  const match = recognizeDates(tokens, index, context);
  const period = match?.clauses.find((clause): clause is Period => clause.kind === 'dates');
  return match && period && { end: match.end, period };
}

/** "2020-2022, no, not 2021": a period inside another one the message names is cut out of its middle, not set aside. */
function liesInsideAnother(tokens: readonly Token[], negated: { start: number; end: number; period: Period }, context: RecognizerContext): boolean {
  const { start, end } = negated.period;
  if (start === undefined || end === undefined) return false;
  return tokens.some((_, at) => {
    if (at >= negated.start && at < negated.end) return false;
    const other = periodAt(tokens, at, context)?.period;
    return other?.start !== undefined && other.end !== undefined && other.start <= start && end <= other.end && (other.start !== start || other.end !== end);
  });
}

/**
 * "only for the year 2023, not until today", "just 2021, not up to now", "2023, but not 2022": a
 * period right after "not" is the one set aside, as after "instead of", so the message's other
 * period replaces it rather than being joined to it (or counted as a second run). One inside another
 * period ("2020-2022, no, not 2021") would leave two windows, so it stays two periods (several_periods).
 */
export const recognizeNegatedPeriod: Recognizer = (tokens, index, context) => {
  if (!isWord(tokens[index], 'not')) return undefined;
  const found = periodAt(tokens, index + 1, context);
  if (!found || liesInsideAnother(tokens, { start: index + 1, ...found }, context)) return undefined;
  return { end: index + 1, clauses: [{ kind: 'mode', mode: 'remove', trailing: false, oneKind: false }] };
};
