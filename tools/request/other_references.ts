import { BacktestPilotError } from '../errors.js';
import { BASELINE_STRATEGY, type ConversationState } from './conversation_state.js';
import type { ReadMessage } from './read_clauses.js';
import { matchLongest, phrases, writtenText } from './token_matchers.js';

/** "the other one", "that other coin": something the conversation is taken to have named besides the current one. */
const OTHER = phrases('the|that other one|strategy|coin|symbol|ticker|stock|asset|instrument|market|pair|system|approach|idea');

/**
 * "now the other one" after a conversation that has named one strategy on one symbol: there is no
 * other one to run, so it is refused rather than read as a plain repeat of the run before. Only
 * where nobody read the words and the conversation has never listed a second strategy or symbol
 * (after "sma vs ema", "remove the other one" has something to point at).
 */
export function checkOtherReference(message: ReadMessage, earlier: readonly ConversationState[]): BacktestPilotError | undefined {
  const written = unreadOtherReference(message);
  const asked = earlier.slice(1);
  // "now the other one: rsi" says which one it is.
  const namesOne = message.placed.some(({ clause }) => clause.kind === 'strategy' || clause.kind === 'symbol');
  if (written === undefined || asked.length === 0 || namesOne) return undefined;
  const strategies = new Set(asked.flatMap((state) => state.strategies.map((strategy) => strategy.name)).filter((name) => name !== BASELINE_STRATEGY));
  const symbols = new Set(asked.flatMap((state) => state.symbols));
  if (strategies.size > 1 || symbols.size > 1) return undefined;
  return new BacktestPilotError(
    'not_understood',
    `"${written}" points at nothing: the conversation so far has ${describe('strategy', [...strategies])} on ${describe('symbol', [...symbols])}; say which strategy or symbol to run instead`,
    { written },
  );
}

/** "the other one" as written, where no recogniser read any of its words. */
export function unreadOtherReference(message: ReadMessage): string | undefined {
  const unread = new Set(message.unread);
  for (let at = 0; at < message.tokens.length; at++) {
    const match = matchLongest(message.tokens, at, OTHER);
    const words = match && message.tokens.slice(at, match.end);
    if (words?.every((token) => unread.has(token))) return writtenText(words);
  }
  return undefined;
}

function describe(noun: string, names: readonly string[]): string {
  return names.length === 0 ? `no ${noun}` : `one ${noun} (${names[0]})`;
}
