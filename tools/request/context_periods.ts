import type { PlacedClause } from './read_clauses.js';

type DatesClause = Extract<PlacedClause['clause'], { kind: 'dates' }>;

/**
 * "gold through the 2008 mess: sept 2008 to march 2009": the range written right after the phase,
 * in its sentence and overlapping it, says which part of it is meant.
 */
function spellsOutPhase(placed: readonly PlacedClause[], at: number, phase: DatesClause): boolean {
  const next = placed[at + 1];
  if (!next || next.sentence !== placed[at]!.sentence || next.clause.kind !== 'dates' || next.clause.context !== undefined) return false;
  const { start, end } = next.clause;
  return start !== undefined && end !== undefined && phase.start !== undefined && phase.end !== undefined && start <= phase.end && phase.start <= end;
}

/**
 * "…kept us out of the 2022 bear market. Can you run 2021 through 2023?": a market phase named by
 * its year is background when the message writes a window that holds it, or spells it out as a
 * range right after it, and said so in a note; written alone ("SMA over the 2022 bear market"), it
 * is the window. A phase outside the written window stays a period of its own, so the request is
 * refused as several periods.
 */
export function settleContextPeriods(placed: readonly PlacedClause[]): PlacedClause[] {
  const windows = placed.flatMap(({ clause }) => (clause.kind === 'dates' && clause.context === undefined ? [clause] : []));
  return placed.map((item, at) => {
    const { clause } = item;
    if (clause.kind !== 'dates' || clause.context === undefined) return item;
    const { context, ...dates } = clause;
    if (spellsOutPhase(placed, at, clause)) return { ...item, clause: { kind: 'note', text: `read '${context}' as the range written after it` } };
    const holder = windows.find((window) => (window.start ?? '') <= (dates.start ?? '') && (window.end === undefined || (dates.end !== undefined && dates.end <= window.end)));
    if (windows.length === 0 || !holder) return { ...item, clause: dates };
    return { ...item, clause: { kind: 'note', text: `read '${context}' as background: it lies inside the window asked for` } };
  });
}
