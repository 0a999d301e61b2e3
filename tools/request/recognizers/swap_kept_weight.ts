import type { Recognizer } from '../clauses.js';
import { isPunct, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';

/**
 * "swap sol for ada, same weight", "replace eth with sol at the same allocation": after a swap,
 * "same weight" says the newcomer keeps the weight of the holding it replaces (swapped_holdings.ts
 * does that), not that every holding gets equal weights, as it means alone ("same weights for all").
 */
const KEPT_WEIGHT = phrases('same weight|allocation|share|percentage|size', 'the same weight|allocation|share|percentage|size', 'at|with|keeping the same weight|allocation|share|percentage|size',
  'keep|keeping the weight|allocation', 'at the same %', 'same %');
const SWAP_WORDS = ['swap', 'swapping', 'switch', 'replace', 'substitute', 'trade', 'exchange', 'instead', 'place', 'lieu', 'out'];

export const recognizeSwapKeptWeight: Recognizer = (tokens, index) => {
  const start = isPunct(tokens[index], ',') ? index + 1 : index;
  const kept = matchLongest(tokens, start, KEPT_WEIGHT);
  const swapped = tokens.slice(0, index).some((token) => isWord(token, ...SWAP_WORDS));
  // "same weight for all" / "same weights on each" asks for equal weights.
  if (!kept || !swapped || isWord(tokens[kept.end], 'for', 'on', 'in', 'across', 'each')) return undefined;
  return { end: kept.end, clauses: [{ kind: 'note', text: `read "${writtenText(tokens.slice(start, kept.end))}" as the new holding keeping the weight of the one it replaces` }] };
};
