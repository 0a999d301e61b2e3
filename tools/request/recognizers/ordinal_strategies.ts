import type { Recognizer } from '../clauses.js';
import { readListPlace } from '../list_places.js';
import { readNumberGroup } from '../number_groups.js';
import { isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';

/**
 * "make the first one 10/30", "and the 2nd one 8/21", "set the last strategy to 9/21": a place
 * in the conversation's list of strategies, as the user listed them, and new numbers for the
 * strategy standing there. The place is 1-based; the last is -1.
 */
const STRATEGY_NOUNS = ['one', 'strategy', 'strat', 'crossover', 'system'];
const ORDINAL_LEADS = phrases('the', 'make|set|change|put|and|now|then|give the', 'and make|set|change the');
const VALUE_LEADS: ReadonlySet<string> = new Set(['to', 'at', 'with', 'use', 'uses', 'on', 'as']);

export const recognizeOrdinalStrategy: Recognizer = (tokens, index) => {
  const lead = matchLongest(tokens, index, ORDINAL_LEADS);
  const place = lead && readListPlace(tokens, lead.end);
  if (!place || !isWord(tokens[place.end], ...STRATEGY_NOUNS)) return undefined;
  const nounEnd = place.end + 1;
  const valueAt = skipWords(tokens, isPunct(tokens[nounEnd], ':', ',') ? nounEnd + 1 : nounEnd, VALUE_LEADS);
  const group = readNumberGroup(tokens, valueAt);
  if (!group) return undefined;
  return { end: group.end, clauses: [{ kind: 'shared_params', numbers: group.numbers, scope: 'latest', place: place.place }] };
};
