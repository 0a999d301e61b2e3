import type { Clause } from './clauses.js';
import type { PlacedClause } from './read_clauses.js';

type DatesClause = Extract<Clause, { kind: 'dates' }>;

function covers(outer: DatesClause, inner: DatesClause): boolean {
  return outer.start !== undefined && outer.end !== undefined && inner.start !== undefined && inner.end !== undefined
    && outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * "Q2 and Q3 of 2022, so all together from April to September 2022": a restated range that covers
 * every other period of the message is the window, and the periods it restates are read as part of
 * it (noted). One that leaves a period outside settles nothing: the periods stay, refused as
 * several (several_periods.ts), since the two readings disagree.
 */
export function settleRestatedPeriods(placed: readonly PlacedClause[]): PlacedClause[] {
  const restated = placed.flatMap(({ clause }) => (clause.kind === 'dates' && clause.restated ? [clause] : []));
  if (restated.length !== 1) return [...placed];
  const range = restated[0]!;
  const others = placed.flatMap(({ clause }) => (clause.kind === 'dates' && !clause.restated ? [clause] : []));
  if (!others.every((other) => covers(range, other))) return [...placed];
  return placed.map((item) => {
    const { clause } = item;
    if (clause.kind !== 'dates') return item;
    if (clause.restated) {
      const { restated: _restated, ...dates } = clause;
      return { ...item, clause: dates };
    }
    return { ...item, clause: { kind: 'note', text: `read ${clause.start} to ${clause.end} as part of the range restated: ${range.start} to ${range.end}` } };
  });
}
