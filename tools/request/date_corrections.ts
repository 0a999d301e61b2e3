import type { Clause } from './clauses.js';
import type { CorrectionRule } from './correction_rule.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "SMA on BTC 2021 — no wait, 2022", "from 2019 to 2021, sorry, from 2020": a window after a
 * correction marker replaces the nearest one before it, or just the edge it names.
 */
type DatesClause = Extract<Clause, { kind: 'dates' }>;

function datesClause(start: string | undefined, end: string | undefined, openEnd: boolean | undefined, edge?: 'start' | 'end'): DatesClause {
  return { kind: 'dates', ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }), ...(openEnd ? { openEnd } : {}), ...(edge ? { edge } : {}) };
}

/** A window written after a marker takes the role of what it corrects: "starting 2019 — sorry, 2020" starts in 2020. */
function correctWithWindow(earlier: DatesClause, later: DatesClause): DatesClause {
  if (earlier.edge === 'start') return datesClause(later.start, earlier.end, earlier.openEnd, 'start');
  if (earlier.edge === 'end') return datesClause(earlier.start, later.end, undefined, 'end');
  return later;
}

/** One edge written after a marker replaces that edge: "from 2019 to 2021, sorry, from 2020" is 2020 to 2021. */
function correctEdge(earlier: DatesClause, later: DatesClause): DatesClause | undefined {
  // "until 2022, sorry, from 2020" adds an edge rather than correcting one: both stand.
  if (earlier.edge !== undefined && earlier.edge !== later.edge) return undefined;
  if (earlier.edge === later.edge) return later;
  if (later.edge === 'end') return datesClause(earlier.start, later.end, undefined);
  // "from 2020" runs to today only when no end was written before it; "since 2020" always does.
  const keepsEnd = later.openEnd === true || later.end === undefined;
  return datesClause(later.start, keepsEnd ? earlier.end : later.end, undefined);
}

function mergeDates(earlier: Clause, later: Clause): DatesClause | undefined {
  if (earlier.kind !== 'dates' || later.kind !== 'dates') return undefined;
  return later.edge === undefined ? correctWithWindow(earlier, later) : correctEdge(earlier, later);
}

/** Whether `clause` names again what was taken back, as the reason for taking it back ("2015 was a weird year"). */
function restates(takenBack: DatesClause, clause: Clause): boolean {
  if (clause.kind !== 'dates' || clause.edge !== undefined) return false;
  if (takenBack.edge === 'start') return clause.start === takenBack.start;
  if (takenBack.edge === 'end') return clause.end === takenBack.end;
  return clause.start === takenBack.start && clause.end === takenBack.end;
}

function describe(clause: DatesClause): string {
  if (clause.edge === 'start' && clause.openEnd) return `from ${clause.start}`;
  return `${clause.start ?? 'the start'} to ${clause.end ?? 'the end'}`;
}

/** The first window after the marker that corrects one before it (the nearest such), and the two. */
function findPair(before: readonly PlacedClause[], after: readonly PlacedClause[]): { earlier: PlacedClause; later: PlacedClause; merged: DatesClause } | undefined {
  for (const later of after) {
    for (const earlier of [...before].reverse()) {
      const merged = mergeDates(earlier.clause, later.clause);
      if (merged) return { earlier, later, merged };
    }
  }
  return undefined;
}

export const DATES_CORRECTION: CorrectionRule = {
  correct(before, after) {
    const pair = findPair(before, after);
    if (!pair || pair.earlier.clause.kind !== 'dates') return undefined;
    const takenBack = pair.earlier.clause;
    const rewritten = new Map<PlacedClause, Clause>([[pair.later, pair.merged]]);
    // "from 2015 — no wait, from 2016, 2015 was a weird year — until 2020": what was taken back,
    // named again after the correction in its sentence, is the reason for it, not one more period.
    for (const item of after) {
      if (item.position <= pair.later.position || item.sentence !== pair.later.sentence || !restates(takenBack, item.clause) || item.clause.kind !== 'dates') continue;
      rewritten.set(item, { kind: 'note', text: `read ${describe(item.clause)} after the correction as the reason for it, not as another period` });
    }
    return { takenBack: [pair.earlier], rewritten, description: `${describe(pair.merged)} in place of ${describe(takenBack)}` };
  },
};
