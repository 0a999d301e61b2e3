import type { ListMode } from './clauses.js';
import type { PlacedClause } from './read_clauses.js';

export type ListChange = 'replace' | 'add' | 'remove';

function isListClause(placed: PlacedClause): boolean {
  return placed.clause.kind === 'symbol' || placed.clause.kind === 'strategy';
}

/**
 * How each symbol and strategy clause changes its list. Within a sentence a mode word applies to
 * the clauses after it ("add SOL", "drop ETH"); a trailing word ("SOL too", "RSI instead") to the
 * unmarked ones before it; "replace|swap A with B" removes the first symbol or strategy after it and
 * adds the rest of that kind. Anything unmarked replaces.
 */
export function assignListChanges(placed: readonly PlacedClause[]): Map<PlacedClause, ListChange> {
  const changes = new Map<PlacedClause, ListChange>();
  let sentence = -1;
  let current: ListMode | undefined;
  const swapped = new Set<string>();
  let unmarked: PlacedClause[] = [];
  const settle = (clauses: readonly PlacedClause[], change: ListChange) => clauses.forEach((clause) => changes.set(clause, change));
  for (const item of placed) {
    if (item.sentence !== sentence) {
      settle(unmarked, 'replace');
      unmarked = [];
      sentence = item.sentence;
      current = undefined;
    }
    const { clause } = item;
    if (clause.kind === 'mode') {
      if (clause.trailing && unmarked.length > 0) {
        settle(unmarked, clause.mode === 'swap' ? 'replace' : clause.mode);
        unmarked = [];
      } else {
        current = clause.mode;
        swapped.clear();
      }
      continue;
    }
    if (!isListClause(item)) continue;
    if (current === undefined) unmarked.push(item);
    else if (current === 'swap') {
      changes.set(item, swapped.has(clause.kind) ? 'add' : 'remove');
      swapped.add(clause.kind);
    } else changes.set(item, current);
  }
  settle(unmarked, 'replace');
  return changes;
}
