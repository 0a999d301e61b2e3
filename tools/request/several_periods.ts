import { BacktestPilotError } from '../errors.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "SMA on BTC 2022 vs 2023", "compare 2021 with 2022": two separate windows in one message. A run
 * covers one window, and taking the last one read (as a follow-up's new dates do) would answer
 * another question than the one asked, so the request is refused with both ways to ask it.
 */
export function checkSeveralPeriods(placed: readonly PlacedClause[]): BacktestPilotError | undefined {
  const windows = new Map<string, { start: string; end: string }>();
  for (const { clause } of placed) {
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
