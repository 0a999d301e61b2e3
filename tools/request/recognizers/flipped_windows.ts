import type { Recognizer } from '../clauses.js';
import type { PlacedClause } from '../read_clauses.js';
import type { StrategyRequest } from '../request_spec.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * "flip it", "flip them", "swap the windows", "the other way round" after "sma 50/20": the two
 * windows of a crossover written the wrong way round, exchanged. "flip it to sortino" (a ranking)
 * and "flip it short" say something else, so the phrase must end its clause.
 */
const FLIPPING = phrases('flip|reverse|invert it|them|that|those|this', 'flip|reverse|invert|swap|switch the|those|my windows|numbers|averages|lengths|periods',
  'flip|reverse|invert|swap|switch windows|numbers|averages', 'swap|switch them|those around|round', 'flip|turn it|them around|round',
  'the other way round|around', 'other way round|around', 'the other way round|around please');
const CLAUSE_ENDS = ['.', ',', ';', '!', '?', ')'];
const CLAUSE_LINKS = ['and', 'then', 'please', 'pls', 'thanks', 'now', 'too'];

export const recognizeFlippedWindows: Recognizer = (tokens, index) => {
  const flip = matchLongest(tokens, index, FLIPPING);
  const next = flip && tokens[flip.end];
  if (!flip || (next && !isPunct(next, ...CLAUSE_ENDS) && !isWord(next, ...CLAUSE_LINKS))) return undefined;
  return { end: flip.end, clauses: [{ kind: 'flip_windows' }] };
};

/** Clauses that write the numbers a flip would otherwise guess: "flip it, 50 for the short and 20 for the long", "flip it, 30 btc 70 eth". */
const SPELLED_OUT: ReadonlySet<string> = new Set(['param', 'param_range', 'param_values', 'shared_params', 'portfolio_weights', 'portfolio_add', 'portfolio_shift']);

/** Whether the message flips the windows and writes no numbers of its own, which say what the flip is. */
export function flipsWindows(placed: readonly PlacedClause[]): boolean {
  return placed.some(({ clause }) => clause.kind === 'flip_windows')
    && !placed.some(({ clause }) => SPELLED_OUT.has(clause.kind) || (clause.kind === 'strategy' && clause.params !== undefined));
}

/** Each crossover's short and long windows exchanged; a note when no strategy has both. */
export function flipWindows(strategies: readonly StrategyRequest[], notes: string[]): StrategyRequest[] {
  const flippable = (strategy: StrategyRequest) => strategy.params?.short !== undefined && strategy.params.long !== undefined;
  if (!strategies.some(flippable)) {
    notes.push('nothing to flip: no strategy has both a short and a long window; give the windows instead');
    return [...strategies];
  }
  return strategies.map((strategy) => (flippable(strategy) ? { ...strategy, params: { ...strategy.params, short: strategy.params!.long!, long: strategy.params!.short! } } : strategy));
}
