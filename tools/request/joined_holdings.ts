import type { ConversationState } from './conversation_state.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "make it 50/30/20 with QQQ as the third leg" after a 60/40 SPY/GLD portfolio: more weights than
 * holdings, with just enough new symbols named to fill them, add those symbols to the holdings, as
 * "50/30/20 and add QQQ" does. Read as a new list, the run would hold QQQ alone and its three
 * weights be refused; so only then, and never beside a mode word, which says itself how the list changes.
 */
export function settleJoinedHoldings(placed: readonly PlacedClause[], state: ConversationState): PlacedClause[] {
  const held = state.symbols;
  const weights = placed.filter(({ clause }) => clause.kind === 'portfolio_weights');
  const named = placed.filter(({ clause }) => clause.kind === 'symbol');
  const [written] = weights;
  if (held.length < 2 || weights.length !== 1 || written!.clause.kind !== 'portfolio_weights' || named.length === 0) return [...placed];
  if (placed.some(({ clause }) => clause.kind === 'mode' || clause.kind === 'portfolio' || clause.kind === 'portfolio_add')) return [...placed];
  const joining = named.every(({ clause }) => clause.kind === 'symbol' && !held.includes(clause.symbol));
  if (!joining || held.length + named.length !== written!.clause.weights.length) return [...placed];
  return placed.flatMap((item) => (named.includes(item) ? [{ ...item, clause: { kind: 'mode', mode: 'add', trailing: false, oneKind: false } }, item] : [item]));
}
