import type { ReadMessage } from './read_clauses.js';
import { asksSomething } from './asking_clauses.js';
import type { Clause } from './clauses.js';

/** The clauses that set trading costs and nothing else. */
const COST_KINDS: ReadonlySet<Clause['kind']> = new Set<Clause['kind']>(['fees', 'slippage', 'scale_costs', 'match_cost']);

/**
 * "pwede din po lagyan ng fee 0.1% and slippage 0.05%? salamat po": a follow-up whose only request is
 * costs, written among words of another language, still sets those costs on the run before; the
 * words around them are noted as ignored rather than making the message not understood. A first
 * message has no run to put costs on, so it is never read this way.
 */
export function isCostOnlyFollowUp(message: ReadMessage, isFirst: boolean): boolean {
  if (isFirst) return false;
  const asking = message.placed.filter(({ clause }) => asksSomething(clause));
  return asking.length > 0 && asking.every(({ clause }) => COST_KINDS.has(clause.kind));
}
