import type { Clause } from './clauses.js';
import type { ConversationState } from './conversation_state.js';
import { runsUnnamedNumbers } from './parameter_slots.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "now 80/20" re-weights the portfolio when the conversation holds one or the message builds one.
 * Otherwise, when a strategy of the conversation or the message takes the numbers as settings it
 * can run, they are that strategy's new numbers ("sma 10/30 on BTC", then "now 20/50"); else they
 * stay weights ("macd 50/50": fast cannot equal slow), and the weight follow-up says what it could
 * not do with them.
 */
export function weightsOrParameters(placed: readonly PlacedClause[], state: ConversationState): PlacedClause[] {
  const portfolio = state.portfolio !== null || placed.some(({ clause }) => clause.kind === 'portfolio' && clause.weights !== null);
  if (portfolio) return [...placed];
  const strategies = [...state.strategies.map((strategy) => strategy.name), ...placed.flatMap(({ clause }) => (clause.kind === 'strategy' ? [clause.name] : []))];
  return placed.map((item) => {
    const numbers = item.clause.kind === 'portfolio_weights' ? item.clause.orParameters : undefined;
    if (!numbers) return item;
    const takes = strategies.some((name) => runsUnnamedNumbers(name, {}, numbers));
    const clause: Clause = { kind: 'shared_params', numbers, scope: 'latest' };
    return takes ? { ...item, clause } : item;
  });
}
