import { addDays } from './calendar.js';
import type { Clause } from './clauses.js';
import type { ListChange } from './assign_list_modes.js';
import type { PlacedClause } from './read_clauses.js';

type Period = Extract<Clause, { kind: 'dates' }>;
export interface Window { start: string; end: string }

function windowOf(period: Period): Window | undefined {
  return period.start !== undefined && period.end !== undefined ? { start: period.start, end: period.end } : undefined;
}

/** "2020-2023 without 2021": a period within another, and not the same one. */
function liesInside(cut: Window, window: Window): boolean {
  return window.start <= cut.start && cut.end <= window.end && (window.start !== cut.start || window.end !== cut.end);
}

/** What is left of `window` once `cut` is taken out: one window for a cut at an edge, two for one in the middle. */
function windowsLeft(window: Window, cut: Window): Window[] {
  return [
    ...(cut.start > window.start ? [{ start: window.start, end: addDays(cut.start, -1) }] : []),
    ...(cut.end < window.end ? [{ start: addDays(cut.end, 1), end: window.end }] : []),
  ];
}

/** A period after "instead of", "rather than" or "without", and the other periods the message keeps. */
function setAside(item: PlacedClause, placed: readonly PlacedClause[], changes: ReadonlyMap<PlacedClause, ListChange>): { period: Period; kept: Period[] } | undefined {
  if (item.clause.kind !== 'dates' || changes.get(item) !== 'remove') return undefined;
  return { period: item.clause, kept: placed.flatMap((other) => (other !== item && other.clause.kind === 'dates' && changes.get(other) !== 'remove' ? [other.clause] : [])) };
}

/**
 * "sma on btc 2020-2023 without 2020", "2020-2023 excluding 2021": a period set aside that lies inside
 * another the message names is cut out of it, leaving one window (a cut at an edge) or two (a cut from
 * the middle, which one run cannot cover: several_periods.ts).
 */
export function cutPeriod(item: PlacedClause, placed: readonly PlacedClause[], changes: ReadonlyMap<PlacedClause, ListChange>): { cut: Window; from: Window; left: Window[] } | undefined {
  const aside = setAside(item, placed, changes);
  const cut = aside && windowOf(aside.period);
  const from = cut && aside.kept.map(windowOf).find((window) => window !== undefined && liesInside(cut, window));
  return cut && from && { cut, from, left: windowsLeft(from, cut) };
}

/**
 * "make the end date 2024 instead of 2023", "2022 rather than 2021": a period after "instead of" or
 * "rather than" is what the message's other period replaces, so it is not applied; one cut out of
 * another period is not a replacement (cutPeriod).
 */
export function replacedPeriod(item: PlacedClause, placed: readonly PlacedClause[], changes: ReadonlyMap<PlacedClause, ListChange>): Period | undefined {
  const aside = setAside(item, placed, changes);
  return aside && aside.kept.length > 0 && !cutPeriod(item, placed, changes) ? aside.period : undefined;
}
