import { assignListChanges } from './assign_list_modes.js';
import type { Clause } from './clauses.js';
import type { ConversationState } from './conversation_state.js';
import { runsUnnamedNumbers } from './parameter_slots.js';
import type { PlacedClause } from './read_clauses.js';
import { isWholeSplit } from './written_weights.js';

/**
 * "add ETH too, 50/50" after "donchian 20/10 on BTC": a follow-up that adds a symbol and writes a
 * split adding up to 100 %, one weight for each symbol it leaves, weights them; the strategy keeps
 * its numbers. Without a symbol added ("now 50/50") nothing says a portfolio is meant.
 */
function weightsTheAddedSymbols(placed: readonly PlacedClause[], state: ConversationState, weights: readonly number[]): boolean {
  const changes = assignListChanges(placed);
  const symbolsChanged = (change: string) => placed.flatMap((item) => (item.clause.kind === 'symbol' && changes.get(item) === change ? [item.clause.symbol] : []));
  const added = symbolsChanged('add').filter((symbol) => !state.symbols.includes(symbol));
  if (added.length === 0 || symbolsChanged('replace').length > 0) return false;
  const removed = symbolsChanged('remove');
  const held = [...state.symbols, ...new Set(added)].filter((symbol) => !removed.includes(symbol));
  return held.length === weights.length && isWholeSplit(weights);
}

/**
 * "now 80/20" re-weights the portfolio when the conversation holds one or the message builds one.
 * Otherwise, when a strategy of the conversation or the message takes the numbers as settings it
 * can run, they are that strategy's new numbers ("sma 10/30 on BTC", then "now 20/50"); else they
 * stay weights ("macd 50/50": fast cannot equal slow), and the weight follow-up says what it could
 * not do with them. A follow-up adding a symbol with a split for all of them builds one (above).
 */
export function weightsOrParameters(placed: readonly PlacedClause[], state: ConversationState): PlacedClause[] {
  const portfolio = state.portfolio !== null || placed.some(({ clause }) => clause.kind === 'portfolio' && clause.weights !== null);
  if (portfolio) return [...placed];
  const strategies = [...state.strategies.map((strategy) => strategy.name), ...placed.flatMap(({ clause }) => (clause.kind === 'strategy' ? [clause.name] : []))];
  return placed.map((item) => {
    if (item.clause.kind !== 'portfolio_weights') return item;
    const numbers = item.clause.orParameters;
    if (!numbers || weightsTheAddedSymbols(placed, state, item.clause.weights)) return item;
    const takes = strategies.some((name) => runsUnnamedNumbers(name, {}, numbers));
    const clause: Clause = { kind: 'shared_params', numbers, scope: 'latest' };
    return takes ? { ...item, clause } : item;
  });
}
