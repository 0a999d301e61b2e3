import type { Recognizer } from '../clauses.js';
import { readNumberGroup } from '../number_groups.js';
import { isPunct, matchLongest, phrases, skipWords } from '../token_matchers.js';

/**
 * "make the first one 10/30", "and the second one 8/21", "set the last strategy to 9/21": a place
 * in the conversation's list of strategies, as the user listed them, and new numbers for the
 * strategy standing there. The place is 1-based; the last is -1.
 */
const PLACES: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };
const PLACE_WORDS = Object.keys(PLACES).join('|');
const STRATEGY_NOUNS = 'one|strategy|strat|crossover|system';
const ORDINAL_LEADS = phrases(
  `the ${PLACE_WORDS} ${STRATEGY_NOUNS}`,
  `make|set|change|put|and|now|then|give the ${PLACE_WORDS} ${STRATEGY_NOUNS}`,
  `and make|set|change the ${PLACE_WORDS} ${STRATEGY_NOUNS}`,
);
const VALUE_LEADS: ReadonlySet<string> = new Set(['to', 'at', 'with', 'use', 'uses', 'on', 'as']);

export const recognizeOrdinalStrategy: Recognizer = (tokens, index) => {
  const lead = matchLongest(tokens, index, ORDINAL_LEADS);
  if (!lead) return undefined;
  const place = PLACES[tokens[lead.end - 2]!.norm]!;
  const valueAt = skipWords(tokens, isPunct(tokens[lead.end], ':', ',') ? lead.end + 1 : lead.end, VALUE_LEADS);
  const group = readNumberGroup(tokens, valueAt);
  if (!group) return undefined;
  return { end: group.end, clauses: [{ kind: 'shared_params', numbers: group.numbers, scope: 'latest', place }] };
};
