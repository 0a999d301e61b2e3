import { BASELINE_STRATEGY, type ConversationState } from './conversation_state.js';
import { unreadOtherReference } from './other_references.js';
import type { PlacedClause, ReadMessage } from './read_clauses.js';
import type { StrategyRequest } from './request_spec.js';

/** Nouns that point at a market, not a strategy: "the other coin" is never read here. */
const MARKET_NOUNS = /\b(coin|symbol|ticker|stock|asset|instrument|market|pair)$/;

/**
 * "nah the other one" after "compare golden cross and macd", "just the golden cross": of the
 * strategies the conversation has named, the one it is not running now. Read only when exactly one
 * such strategy is left and the conversation has named a single symbol, so "one" cannot be a coin;
 * otherwise the words stay unread and other_references.ts says what they could not point at.
 */
export function settleOtherStrategy(placed: readonly PlacedClause[], message: ReadMessage, earlier: readonly ConversationState[]): PlacedClause[] {
  const written = unreadOtherReference(message);
  if (written === undefined || MARKET_NOUNS.test(written) || !onlyPoints(placed)) return [...placed];
  const current = earlier[earlier.length - 1];
  const symbols = new Set(earlier.flatMap((state) => state.symbols));
  if (!current || symbols.size > 1) return [...placed];
  const running = new Set(current.strategies.map((strategy) => strategy.name));
  const others = namedStrategies(earlier).filter((strategy) => !running.has(strategy.name));
  if (others.length !== 1) return [...placed];
  const other = others[0]!;
  const position = message.tokens.findIndex((token) => message.unread.includes(token) && token.norm === 'other');
  const sentence = message.tokens[position]?.sentence ?? 0;
  return [...placed, { clause: { kind: 'strategy', name: other.name, ...(other.params ? { params: { ...other.params } } : {}) }, position, sentence }];
}

/**
 * Whether the message does nothing but point: "the other one", "try the other one instead". Beside
 * other edits ("put it back and remove the other one") "other" is said against those, not the run now.
 */
function onlyPoints(placed: readonly PlacedClause[]): boolean {
  return placed.every(({ clause }) => clause.kind === 'mode' && clause.mode !== 'remove');
}

/** Each strategy the conversation has named, the first time it was named; never the baseline. */
function namedStrategies(earlier: readonly ConversationState[]): StrategyRequest[] {
  const named: StrategyRequest[] = [];
  for (const strategy of earlier.flatMap((state) => state.strategies)) {
    if (strategy.name !== BASELINE_STRATEGY && !named.some((run) => run.name === strategy.name)) named.push(strategy);
  }
  return named;
}
