import { BacktestPilotError } from '../errors.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * A day the calendar lacks, written in words ("the 31st of February 2021", "2024 year 2 month 31 day"),
 * is refused with bad_date as the same day written "2021-02-31" is: a run over other dates, or over the
 * whole history, would answer a question nobody asked.
 */
export function checkImpossibleDates(placed: readonly PlacedClause[]): BacktestPilotError | undefined {
  const impossible = placed.find(({ clause }) => clause.kind === 'impossible_date')?.clause;
  if (impossible?.kind !== 'impossible_date') return undefined;
  return new BacktestPilotError('bad_date', `'${impossible.written}' names a day the calendar does not have; write a real date, e.g. "2021-02-28" or "the 28th of February 2021"`, { written: impossible.written });
}
