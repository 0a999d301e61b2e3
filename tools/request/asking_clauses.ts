import type { Clause } from './clauses.js';

/** A clause that asks for something: notes and mode markers ("add", "instead") only shape how the others apply. */
export function asksSomething(clause: Clause): boolean {
  return clause.kind !== 'note' && clause.kind !== 'mode';
}
