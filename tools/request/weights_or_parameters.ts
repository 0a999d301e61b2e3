import type { Clause } from './clauses.js';
import type { ConversationState } from './conversation_state.js';
import { getStrategy } from '../strategy/registry.js';
import { assignUnnamedNumbers, type WrittenNumber } from './parameter_slots.js';
import type { PlacedClause } from './read_clauses.js';
import { strategyWordsOf } from './strategy_vocabulary.js';

/**
 * Whether the numbers, as the strategy's unnamed parameters, make settings it can run: "macd 50/50"
 * (fast equal to slow) cannot be meant as MACD's windows, so the numbers stay weights.
 */
function takesNumbers(name: string, numbers: readonly WrittenNumber[]): boolean {
  const assigned = strategyWordsOf(name) !== undefined ? assignUnnamedNumbers(name, {}, numbers) : undefined;
  return assigned !== undefined && getStrategy(name).paramsSchema.safeParse(assigned).success;
}

/**
 * "now 80/20" re-weights the portfolio when the conversation holds one or the message builds one.
 * Otherwise, when a strategy of the conversation or the message takes the numbers as settings it
 * can run, they are that strategy's new numbers ("sma 10/30 on BTC", then "now 20/50"); else they
 * stay weights, and the weight follow-up says what it could not do with them.
 */
export function weightsOrParameters(placed: readonly PlacedClause[], state: ConversationState): PlacedClause[] {
  const portfolio = state.portfolio !== null || placed.some(({ clause }) => clause.kind === 'portfolio' && clause.weights !== null);
  if (portfolio) return [...placed];
  const strategies = [...state.strategies.map((strategy) => strategy.name), ...placed.flatMap(({ clause }) => (clause.kind === 'strategy' ? [clause.name] : []))];
  return placed.map((item) => {
    const numbers = item.clause.kind === 'portfolio_weights' ? item.clause.orParameters : undefined;
    if (!numbers) return item;
    const takes = strategies.some((name) => takesNumbers(name, numbers));
    const clause: Clause = { kind: 'shared_params', numbers, scope: 'latest' };
    return takes ? { ...item, clause } : item;
  });
}
