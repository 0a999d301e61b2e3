import { BacktestPilotError } from '../errors.js';
import { assignListChanges } from './assign_list_modes.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "over the past year instead of 2021": the period after "instead of" or "rather than" is the one
 * replaced, not a second window, whenever another period replaces it (as apply_message.ts reads it).
 */
function withoutReplaced(placed: readonly PlacedClause[]): readonly PlacedClause[] {
  const changes = assignListChanges(placed);
  const isReplaced = (item: PlacedClause) => item.clause.kind === 'dates' && changes.get(item) === 'remove';
  const kept = placed.filter((item) => !isReplaced(item));
  return kept.some(({ clause }) => clause.kind === 'dates') ? kept : placed;
}

/**
 * "SMA on BTC 2022 vs 2023", "compare 2021 with 2022": two separate windows in one message. A run
 * covers one window, and taking the last one read (as a follow-up's new dates do) would answer
 * another question than the one asked, so the request is refused with both ways to ask it.
 */
export function checkSeveralPeriods(placed: readonly PlacedClause[]): BacktestPilotError | undefined {
  const windows = new Map<string, { start: string; end: string }>();
  for (const { clause } of withoutReplaced(placed)) {
    if (clause.kind !== 'dates' || clause.start === undefined || clause.end === undefined || clause.openEnd) continue;
    windows.set(`${clause.start}/${clause.end}`, { start: clause.start, end: clause.end });
  }
  if (windows.size < 2) return undefined;
  const written = [...windows.values()].map((window) => `${window.start} to ${window.end}`);
  const first = [...windows.values()][0]!;
  const last = [...windows.values()].at(-1)!;
  return new BacktestPilotError(
    'several_periods',
    `the request names ${windows.size} separate periods (${written.join(', ')}) and one run covers one window; ask for each in turn (the first, then "now ${last.start} to ${last.end}"), or for one range ("from ${first.start} to ${last.end}")`,
    { periods: [...windows.values()] },
  );
}
