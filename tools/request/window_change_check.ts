import { BacktestPilotError } from '../errors.js';
import type { ConversationState } from './conversation_state.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "make it 2 years longer" moves an edge of the window the conversation already has. With no dates
 * yet (the run used the whole history) or an open edge, there is nothing to move it from: refused,
 * rather than run on the same window with a note the user may not read.
 */
export function checkWindowChange(placed: readonly PlacedClause[], before: ConversationState): BacktestPilotError | undefined {
  const changes = placed.flatMap(({ clause }) => (clause.kind === 'window_change' || clause.kind === 'window_part' || clause.kind === 'whole_year' ? [clause] : []));
  if (changes.length === 0) return undefined;
  const datesGiven = placed.some(({ clause }) => clause.kind === 'dates');
  if (datesGiven || (before.dateRange?.start !== undefined && before.dateRange.end !== undefined)) return undefined;
  return new BacktestPilotError(
    'not_understood',
    `"${changes[0]!.written}" moves the dates of the run before, and no dates were given yet: name the window, e.g. "for 2019 to 2023"`,
    { written: changes.map((clause) => clause.written) },
  );
}
