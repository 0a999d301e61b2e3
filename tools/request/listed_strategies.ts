import type { Recognizer } from './clauses.js';
import type { ConversationState } from './conversation_state.js';
import { readListPlace } from './list_places.js';
import type { PlacedClause } from './read_clauses.js';
import { isWord, writtenText } from './token_matchers.js';

/**
 * "drop the 1st strategy", "the second one only" after "sma crossover and rsi on btc": a place in
 * the list of strategies the conversation runs now, as the user listed them; the mode words around
 * it ("drop", "only") then act on the strategy standing there.
 */
const STRATEGY_NOUNS = ['strategy', 'strat', 'system', 'indicator'];

export const recognizeListedStrategy: Recognizer = (tokens, index) => {
  const place = isWord(tokens[index], 'the') ? readListPlace(tokens, index + 1) : undefined;
  if (!place || !isWord(tokens[place.end], ...STRATEGY_NOUNS)) return undefined;
  return { end: place.end + 1, clauses: [{ kind: 'listed_strategy', place: place.place, written: writtenText(tokens.slice(index, place.end + 1)) }] };
};

/**
 * Each place becomes the strategy standing there in `current`, the conversation before the message.
 * "the second one" (read as a place among the symbols) is a strategy too when the conversation runs
 * several strategies on a single symbol, where "one" can only be a strategy.
 */
export function settleListedStrategies(placed: readonly PlacedClause[], current: ConversationState | undefined): PlacedClause[] {
  const strategies = current?.strategies ?? [];
  const oneIsStrategy = strategies.length > 1 && (current?.symbols.length ?? 0) <= 1;
  return placed.map((item) => {
    const { clause } = item;
    const meant = clause.kind === 'listed_strategy' || (clause.kind === 'listed_symbol' && oneIsStrategy && clause.written.endsWith(' one')) ? clause : undefined;
    if (!meant) return item;
    const strategy = meant.place > 0 ? strategies[meant.place - 1] : strategies[strategies.length + meant.place];
    if (!strategy) return { ...item, clause: { kind: 'note', text: `could not tell which strategy "${meant.written}" is: the conversation runs ${strategies.length}; name it instead` } };
    return { ...item, clause: { kind: 'strategy', name: strategy.name, ...(strategy.params ? { params: { ...strategy.params } } : {}) } };
  });
}
