import { BacktestPilotError } from '../errors.js';
import type { ConversationState } from './conversation_state.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "make it 50/50" on a portfolio of three symbols gives no weight to one of them: no reading is
 * safe (which one goes? is it cash?), so the message is refused with bad_weights, naming the
 * symbols and both ways out, where the old weights stayed with only a note. Earlier messages of the
 * conversation keep their note (portfolio_follow_ups.ts): they were answered when they were sent.
 */
export function checkSplitCount(placed: readonly PlacedClause[], state: ConversationState): BacktestPilotError | undefined {
  for (const { clause } of placed) {
    if (clause.kind !== 'portfolio_weights') continue;
    const held = state.portfolio ? Object.keys(state.portfolio) : state.symbols;
    // With no symbols at all, no_symbol says what is missing.
    if (held.length === 0 || held.length === clause.weights.length) continue;
    const written = clause.weights.map((weight) => Math.round(weight * 100)).join('/');
    const fix = held.length > clause.weights.length
      ? `give ${held.length} weights (one for each of ${held.join(', ')}), or drop ${held.length - clause.weights.length === 1 ? 'a symbol' : 'symbols'} first ("drop ${held.at(-1)} and go ${written}")`
      : `give ${held.length} weights (one for each of ${held.join(', ')}), or add the symbols the others are for`;
    return new BacktestPilotError(
      'bad_weights',
      `${written} gives ${clause.weights.length} weights but the portfolio holds ${held.length} symbols (${held.join(', ')}); ${fix}`,
      { weights: clause.weights, symbols: held },
    );
  }
  return undefined;
}
