import type { Recognizer } from '../clauses.js';
import { readNumberGroup } from '../number_groups.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';
import { isWholeSplit } from '../written_weights.js';
import { readWeightGroup } from './portfolio.js';

/** Words that offer new numbers for what the conversation runs: "use 10 30 7 instead", "how about 15, 45". */
const SETTING_LEADS = phrases('use', 'using', 'go with', 'let us|lets try|use', 'let\'s try|use', 'try', 'try it with', 'how|what about', 'switch to', 'change it|them to',
  'set it|them to', 'make it|them');
const TRAILING_FILLERS = ['instead', 'then', 'now', 'please', 'pls'];

/**
 * Two or more numbers after such a lead, apart and without names ("use 10 30 7 instead"): the
 * latest strategy that takes that many, as a crossover's "now 20/50" is. A split that adds up to
 * 100 (within rounding, as "33 33 33") may be weights as well, and goes the way "now 60/40" goes (weights_or_parameters.ts). Written
 * with slashes they are the weight reader's ("try 10/40"), which already weighs both readings.
 */
export const recognizeLooseSettings: Recognizer = (tokens, index) => {
  const lead = matchLongest(tokens, index, SETTING_LEADS);
  if (!lead) return undefined;
  const group = readNumberGroup(tokens, lead.end);
  if (!group || group.numbers.length < 2 || readWeightGroup(tokens, lead.end)?.end === group.end) return undefined;
  const end = isWord(tokens[group.end], ...TRAILING_FILLERS) ? group.end + 1 : group.end;
  const values = group.numbers.map((number) => number.value);
  const weights = values.map((value) => value / 100);
  if (isWholeSplit(weights)) return { end, clauses: [{ kind: 'portfolio_weights', weights, orParameters: group.numbers }] };
  return { end, clauses: [{ kind: 'shared_params', numbers: group.numbers, scope: 'latest' }] };
};

