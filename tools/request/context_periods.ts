import type { PlacedClause } from './read_clauses.js';

/**
 * "…kept us out of the 2022 bear market. Can you run 2021 through 2023?": a market phase named by
 * its year is background when the message writes a window that holds it, and said so in a note;
 * written alone ("SMA over the 2022 bear market"), it is the window. A phase outside the written
 * window stays a period of its own, so the request is refused as several periods.
 */
export function settleContextPeriods(placed: readonly PlacedClause[]): PlacedClause[] {
  const windows = placed.flatMap(({ clause }) => (clause.kind === 'dates' && clause.context === undefined ? [clause] : []));
  return placed.map((item) => {
    const { clause } = item;
    if (clause.kind !== 'dates' || clause.context === undefined) return item;
    const { context, ...dates } = clause;
    const holder = windows.find((window) => (window.start ?? '') <= (dates.start ?? '') && (window.end === undefined || (dates.end !== undefined && dates.end <= window.end)));
    if (windows.length === 0 || !holder) return { ...item, clause: dates };
    return { ...item, clause: { kind: 'note', text: `read '${context}' as background: it lies inside the window asked for` } };
  });
}
