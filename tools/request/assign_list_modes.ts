import type { ListMode } from './clauses.js';
import type { PlacedClause } from './read_clauses.js';

export type ListChange = 'replace' | 'add' | 'remove';

/** Dates count too, so "add 2022 too" is told from "now 2022": the window grows instead of moving. */
function isListClause(placed: PlacedClause): boolean {
  return placed.clause.kind === 'symbol' || placed.clause.kind === 'strategy' || placed.clause.kind === 'dates';
}

/**
 * Whether the mode word at `at` trails what came before it in its sentence ("add a pdf too, and start
 * it from June 2020"): it closes that, and leads no dates after it, as "also" opening "also do 2015-2018" does.
 */
function closesBefore(placed: readonly PlacedClause[], at: number): boolean {
  const mode = placed[at]!;
  const before = placed[at - 1];
  return mode.clause.kind === 'mode' && mode.clause.trailing && before !== undefined && before.sentence === mode.sentence && before.clause.kind !== 'mode';
}

/**
 * How each symbol and strategy clause changes its list. Within a sentence a mode word applies to
 * the clauses after it ("add SOL", "drop ETH"); a trailing word ("SOL too", "RSI instead") to the
 * unmarked ones before it; "replace|swap A with B" removes the first symbol or strategy after it and
 * adds the rest of that kind. A comparison word ("vs", "compare it with") adds only clauses of the
 * kind that first follows it: "RSI vs MACD on SOL" adds MACD to RSI but leaves SOL unmarked.
 * A trailing word also outranks a plain leading "now", "use", "switch to": "now throw donchian in
 * there too" adds, as "add donchian too" does ("only"/"just" keep their word). Anything unmarked replaces.
 */
export function assignListChanges(placed: readonly PlacedClause[]): Map<PlacedClause, ListChange> {
  const changes = new Map<PlacedClause, ListChange>();
  let sentence = -1;
  let current: ListMode | undefined;
  let single = false;
  let weakReplace = false;
  // Set by a comparison word: the one kind of list it changes, once a list clause has followed it.
  let oneKind: { kind?: string } | undefined;
  const swapped = new Set<string>();
  let unmarked: PlacedClause[] = [];
  // Marked by a plain leading replace ("now ETH"), which a trailing word after them still changes ("now ETH too").
  let weaklyMarked: PlacedClause[] = [];
  const settle = (clauses: readonly PlacedClause[], change: ListChange) => clauses.forEach((clause) => changes.set(clause, change));
  for (const item of placed) {
    if (item.sentence !== sentence) {
      settle(unmarked, 'replace');
      unmarked = [];
      weaklyMarked = [];
      sentence = item.sentence;
      current = undefined;
      oneKind = undefined;
    }
    const { clause } = item;
    if (clause.kind === 'mode') {
      if (clause.trailing && unmarked.length + weaklyMarked.length > 0) {
        settle([...weaklyMarked, ...unmarked], clause.mode === 'swap' ? 'replace' : clause.mode);
        unmarked = [];
        weaklyMarked = [];
      } else {
        current = clause.mode;
        single = clause.single === true;
        oneKind = clause.oneKind ? {} : undefined;
        weakReplace = clause.mode === 'replace' && !clause.exclusive;
        weaklyMarked = [];
        swapped.clear();
      }
      continue;
    }
    if (!isListClause(item)) continue;
    // A mode word reaches dates only right after it ("add 2022"): in "add ETH for 2023" the year is the run's new window.
    const reaches = clause.kind !== 'dates' || (placed[placed.indexOf(item) - 1]?.clause.kind === 'mode' && !closesBefore(placed, placed.indexOf(item) - 1));
    if (oneKind && clause.kind !== 'dates') oneKind.kind ??= clause.kind;
    if (current === undefined || !reaches || (oneKind !== undefined && oneKind.kind !== clause.kind)) unmarked.push(item);
    else if (current === 'swap') {
      changes.set(item, swapped.has(clause.kind) ? 'add' : 'remove');
      swapped.add(clause.kind);
    } else {
      changes.set(item, current);
      if (weakReplace) weaklyMarked.push(item);
    }
    if (single && changes.has(item)) current = undefined;
  }
  settle(unmarked, 'replace');
  return changes;
}
