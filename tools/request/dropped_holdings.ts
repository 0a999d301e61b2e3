import type { Clause } from './clauses.js';
import type { ConversationState } from './conversation_state.js';
import { roundClean } from './token_matchers.js';

/**
 * "drop gld, bump spy to 60% and qqq to 40%": holdings the message took off the list leave the
 * portfolio before its new weights apply, and the holdings left share what the portfolio invested
 * (so SPY 50 / QQQ 30 / GLD 20 less GLD is SPY 62.5 / QQQ 37.5, cash as it was). Only when the
 * message changes a holding's weight: "drop gld" alone drops the portfolio, with a note, as before.
 * Only symbols named after a removal ("drop", "remove") count: a list the message replaces ("put 80% in
 * apple") is the held-weights reading's. Unchanged when no held symbol is left.
 */
export function withoutDroppedHoldings(state: ConversationState, clauses: readonly Clause[]): Record<string, number> | null {
  const portfolio = state.portfolio;
  if (!portfolio || !clauses.some((clause) => clause.kind === 'portfolio_add')) return portfolio;
  const dropped = removedSymbols(clauses).filter((symbol) => !state.symbols.includes(symbol));
  const left = Object.entries(portfolio).filter(([symbol]) => !dropped.includes(symbol));
  const leftTotal = left.reduce((total, [, weight]) => total + weight, 0);
  if (left.length === Object.keys(portfolio).length || leftTotal === 0) return portfolio;
  const invested = Object.values(portfolio).reduce((total, weight) => total + weight, 0);
  return Object.fromEntries(left.map(([symbol, weight]) => [symbol, roundClean((weight / leftTotal) * invested)]));
}

/** The symbols the message names after a removal verb, before another list word. */
export function removedSymbols(clauses: readonly Clause[]): string[] {
  let removing = false;
  const removed: string[] = [];
  for (const clause of clauses) {
    if (clause.kind === 'mode') removing = clause.mode === 'remove';
    else if (clause.kind === 'symbol' && removing) removed.push(clause.symbol);
  }
  return removed;
}
