import { BacktestPilotError } from '../errors.js';
import { assignListChanges } from './assign_list_modes.js';
import type { PlacedClause } from './read_clauses.js';
import { cutPeriod, replacedPeriod, type Window } from './replaced_periods.js';

/** "over the past year instead of 2021", "2020-2023 without 2020": a period replaced or cut off an edge is not a second window (replaced_periods.ts). */
function withoutReplaced(placed: readonly PlacedClause[]): readonly PlacedClause[] {
  const changes = assignListChanges(placed);
  return placed.filter((item) => replacedPeriod(item, placed, changes) === undefined && cutPeriod(item, placed, changes)?.left.length !== 1);
}

/**
 * "SMA on BTC 2022 vs 2023", "compare 2021 with 2022": two separate windows in one message. A run
 * covers one window, and taking the last one read (as a follow-up's new dates do) would answer
 * another question than the one asked, so the request is refused with both ways to ask it. A period
 * cut from the middle of another ("2020-2023 without 2021") leaves the two windows either side of it.
 */
export function checkSeveralPeriods(placed: readonly PlacedClause[]): BacktestPilotError | undefined {
  const changes = assignListChanges(placed);
  const split = placed.map((item) => cutPeriod(item, placed, changes)).find((cut) => cut !== undefined && cut.left.length > 1);
  // The one range that covers both is the window the cut was taken from, so it is not offered.
  if (split) return severalPeriods(split.left, `taking ${split.cut.start} to ${split.cut.end} out of ${split.from.start} to ${split.from.end} leaves`, false);
  const windows = new Map<string, Window>();
  for (const { clause } of withoutReplaced(placed)) {
    if (clause.kind !== 'dates' || clause.start === undefined || clause.end === undefined || clause.openEnd) continue;
    windows.set(`${clause.start}/${clause.end}`, { start: clause.start, end: clause.end });
  }
  return windows.size < 2 ? undefined : severalPeriods([...windows.values()], 'the request names', true);
}

function severalPeriods(windows: readonly Window[], lead: string, offerOneRange: boolean): BacktestPilotError {
  const written = windows.map((window) => `${window.start} to ${window.end}`);
  const first = windows[0]!;
  const last = windows.at(-1)!;
  return new BacktestPilotError(
    'several_periods',
    `${lead} ${windows.length} separate periods (${written.join(', ')}) and one run covers one window; ask for each in turn (the first, then "now ${last.start} to ${last.end}")`
      + (offerOneRange ? `, or for one range ("from ${first.start} to ${last.end}")` : ''),
    { periods: [...windows] },
  );
}
