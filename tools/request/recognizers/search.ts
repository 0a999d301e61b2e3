import type { Recognizer } from '../clauses.js';
import { matchLongest, phrases } from '../token_matchers.js';

/**
 * A request for the exhaustive grid rather than the bounded search: "try every combination",
 * "full grid search", "exhaustive search", "test all parameter combinations", "brute force it".
 * It implies an optimisation; how big the grid is decides whether it runs here or on the fleet.
 */
const EXHAUSTIVE_WORDS = phrases(
  'try|test|run|check|backtest|search|cover every|all combination|combinations|combo|combos|setting|settings|parameter|parameters',
  'try|test|run|check|backtest|search|cover every|all possible combination|combinations|settings|parameters',
  'try|test|run|check|backtest|search|cover every|all parameter|param combination|combinations|combo|combos|set|sets|setting|settings',
  'try|test|run|check|backtest|search|cover every|all possible parameter|param combination|combinations|set|sets',
  'every|all possible combination|combinations', 'every|all parameter|param combination|combinations', 'each parameter|param combination',
  'full|exhaustive|complete|whole|entire grid|parameter|param search|sweep|scan', 'full|exhaustive|complete|whole|entire grid', 'exhaustive|exhaustively',
  'exhaustive|exhaustively search|searched|searching', 'brute force|forced|forcing', 'bruteforce', 'the whole|entire|full parameter|param|search space',
  'search|searching|scan|sweep|cover|try|over the whole|entire|full parameter|param|search space',
);

export const recognizeSearch: Recognizer = (tokens, index) => {
  const found = matchLongest(tokens, index, EXHAUSTIVE_WORDS);
  return found && { end: found.end, clauses: [{ kind: 'search', search: 'exhaustive' }] };
};
