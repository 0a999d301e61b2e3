import { BacktestPilotError } from '../errors.js';
import type { ConversationState } from './conversation_state.js';
import type { PlacedClause } from './read_clauses.js';

/** The portfolio's symbols in order, those a weights follow-up reweights (portfolio_follow_ups.ts). */
export function heldSymbols(state: ConversationState): string[] {
  const held = state.portfolio ? Object.keys(state.portfolio).filter((symbol) => state.symbols.includes(symbol)) : [];
  return [...held, ...state.symbols.filter((symbol) => !held.includes(symbol))];
}

/**
 * "80/20 in favor of the S&P": the largest weight goes to the favoured holding and the others keep
 * the written order; written in the portfolio's order already, it stands as written. Undefined
 * when that does not settle every weight: the holding is not held, or three or more holdings share
 * unequal rest ("20/30/50 in favor of BTC": does ETH get 20 or 30?).
 */
export function weightsFavouring(symbols: readonly string[], weights: readonly number[], favoured: string): number[] | undefined {
  if (!symbols.includes(favoured) || symbols.length !== weights.length) return undefined;
  const largest = weights.indexOf(Math.max(...weights));
  if (weights[symbols.indexOf(favoured)] === weights[largest]) return [...weights];
  const rest = weights.filter((_, at) => at !== largest);
  if (rest.some((weight) => weight !== rest[0])) return undefined;
  return symbols.map((symbol) => (symbol === favoured ? weights[largest]! : rest.shift()!));
}

/** A favoured holding that does not settle the weights is refused, never guessed. */
export function checkFavouredWeights(placed: readonly PlacedClause[], state: ConversationState): BacktestPilotError | undefined {
  for (const { clause } of placed) {
    if (clause.kind !== 'portfolio_weights' || clause.favours === undefined) continue;
    const symbols = heldSymbols(state);
    // A count that does not match is checkSplitCount's to explain.
    if (symbols.length !== clause.weights.length || weightsFavouring(symbols, clause.weights, clause.favours)) continue;
    const written = clause.weights.map((weight) => Math.round(weight * 100)).join('/');
    const why = symbols.includes(clause.favours) ? `with ${symbols.length} holdings it does not say which gets which of the rest` : `the portfolio does not hold ${clause.favours}`;
    return new BacktestPilotError(
      'bad_weights',
      `${written} in favor of ${clause.favours}: ${why} (${symbols.join(', ')}); give one weight per symbol, e.g. "${symbols.map((symbol) => `${symbol} ${Math.round(100 / symbols.length)}%`).join(', ')}"`,
      { weights: clause.weights, symbols, favours: clause.favours },
    );
  }
  return undefined;
}
