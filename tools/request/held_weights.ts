import type { ConversationState } from './conversation_state.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "put 80% in apple" after a 50/50 AAPL/MSFT portfolio: one holding's weight, written alone, sets
 * that holding and the others fill the rest, as "bump aapl to 80%" does. Without a portfolio
 * holding it, the weight stays a one-holding allocation (written_weights.ts refuses it short of 100 %).
 */
export function settleHeldWeights(placed: readonly PlacedClause[], state: ConversationState): PlacedClause[] {
  const held = state.portfolio ? Object.keys(state.portfolio) : [];
  const allocations = placed.filter(({ clause }) => clause.kind === 'portfolio' || clause.kind === 'portfolio_weights' || clause.kind === 'portfolio_add');
  const [only] = allocations;
  if (held.length < 2 || allocations.length !== 1 || only!.clause.kind !== 'portfolio' || only!.clause.restInCash || !only!.clause.weights) return [...placed];
  const entries = Object.entries(only!.clause.weights);
  const [symbol, weight] = entries[0] ?? [];
  if (entries.length !== 1 || symbol === undefined || weight === undefined || !held.includes(symbol) || weight <= 0 || weight >= 1) return [...placed];
  return placed.map((item) => (item === only ? { ...item, clause: { kind: 'portfolio_add', symbol, weight } } : item));
}
