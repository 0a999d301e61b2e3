import type { Recognizer } from '../clauses.js';
import { readListPlace } from '../list_places.js';
import { isWord, skipWords } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';

/**
 * "make the second strategy an ema one", "turn the sma into an ema", "change the rsi to macd": a
 * strategy already listed, by its place or its name, made into another. The verb is a swap
 * (assign_list_modes.ts): the first strategy after it leaves the list and the other takes its place.
 * Only with a second strategy named, so "make the sma 10/40" still sets numbers.
 */
const VERBS = ['make', 'turn', 'change', 'convert', 'switch'];
const KIND_NOUNS: ReadonlySet<string> = new Set(['one', 'strategy', 'strat', 'system', 'indicator', 'crossover']);
const INTO: ReadonlySet<string> = new Set(['into', 'to', 'a', 'an']);

export const recognizeStrategyMadeAnother: Recognizer = (tokens, index) => {
  if (!isWord(tokens[index], ...VERBS) || !isWord(tokens[index + 1], 'the')) return undefined;
  const place = readListPlace(tokens, index + 2);
  const named = place ? undefined : strategyNameAt(tokens, index + 2);
  const end = place?.end ?? named?.end;
  if (end === undefined) return undefined;
  const nounEnd = skipWords(tokens, end, KIND_NOUNS);
  // "make the second 20/50": a bare place may be a symbol's.
  if (place && nounEnd === end) return undefined;
  const other = strategyNameAt(tokens, skipWords(tokens, nounEnd, INTO));
  if (!other || other.id === named?.id) return undefined;
  return { end: index + 1, clauses: [{ kind: 'mode', mode: 'swap', trailing: false, oneKind: false }] };
};
