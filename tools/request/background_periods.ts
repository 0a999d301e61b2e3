import type { BackgroundAside, Clause } from './clauses.js';
import type { PlacedClause } from './read_clauses.js';

type DatesClause = Extract<Clause, { kind: 'dates' }>;

const REASONS: Readonly<Record<BackgroundAside['reason'], string>> = {
  life: 'it is part of the story you tell, not of what to run',
  future: 'it is still to come',
};

function withoutAside(item: PlacedClause): PlacedClause {
  if (item.clause.kind !== 'dates' || item.clause.aside === undefined) return item;
  const { aside: _aside, ...dates } = item.clause;
  return { ...item, clause: dates };
}

function isWholeWindow(clause: DatesClause): boolean {
  return clause.start !== undefined && clause.end !== undefined;
}

/**
 * "I've traded BNB since 2019. Could you run RSI on BNB year-to-date?": a period said about
 * someone's own life, or one still to come said in another sentence than the window, is background
 * when the rest of the message names exactly one window, and a note says so. Otherwise nothing is
 * set aside: a lone period is the window, and two periods the request asks for are refused as
 * several (several_periods.ts), as are a future period in the window's own sentence ("2024 and
 * next year") and a window written only as one edge ("until 2022"), which the background may complete.
 */
export function settleBackgroundPeriods(placed: readonly PlacedClause[]): PlacedClause[] {
  const dated = placed.filter((item): item is PlacedClause & { clause: DatesClause } => item.clause.kind === 'dates');
  const windows = dated.filter(({ clause }) => clause.aside === undefined);
  const distinct = new Set(windows.map(({ clause }) => `${clause.start}/${clause.end}`));
  if (distinct.size !== 1 || !windows.every(({ clause }) => isWholeWindow(clause))) return placed.map(withoutAside);
  const sentences = new Set(windows.map(({ sentence }) => sentence));
  const isBackground = (item: PlacedClause): boolean => item.clause.kind === 'dates' && item.clause.aside !== undefined
    && (item.clause.aside.reason === 'life' || !sentences.has(item.sentence));
  return placed.map((item) => {
    if (item.clause.kind !== 'dates' || !isBackground(item)) return withoutAside(item);
    const aside = item.clause.aside!;
    return { ...item, clause: { kind: 'note', text: `read '${aside.written}' as background, not the test period: ${REASONS[aside.reason]}` } };
  });
}
