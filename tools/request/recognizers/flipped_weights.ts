import type { Recognizer } from '../clauses.js';
import { isNumber, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';

/**
 * "flip the weights", "swap the weights", "reverse the split", "the other way round on the weights":
 * the two holdings of the portfolio trade weights (portfolio_follow_ups.ts). Not "swap the weights to
 * 70/30", which names the new weights (portfolio.ts).
 */
const WEIGHT_NOUNS = 'weights|weighting|weightings|split|allocation|allocations|percentages|ratio';
const FLIP_VERBS = 'flip|flipping|swap|swapping|reverse|reversing|invert|inverting|switch';
const ROUND = phrases('round|around', 'over', 'the other way round|around');
const FLIPS = phrases(
  `${FLIP_VERBS} the|those|these|my|our ${WEIGHT_NOUNS}`, `${FLIP_VERBS} ${WEIGHT_NOUNS}`,
  `${FLIP_VERBS} the|those|my portfolio|position weights|split|allocation`,
  `the|do|make|put other way round|around on|for|with the|those|my ${WEIGHT_NOUNS}`,
  `the|do|make|put other way round|around on|for|with ${WEIGHT_NOUNS}`,
  `the|those|my ${WEIGHT_NOUNS} the other way round|around`, `${WEIGHT_NOUNS} the other way round|around`,
  `the|those|my ${WEIGHT_NOUNS} reversed|flipped|swapped`,
);

export const recognizeFlippedWeights: Recognizer = (tokens, index) => {
  const found = matchLongest(tokens, index, FLIPS);
  if (!found) return undefined;
  const end = matchLongest(tokens, found.end, ROUND)?.end ?? found.end;
  // "swap the weights to 70/30", "flip the split for 60/40": the new weights are written, so it is no flip.
  if (isNumber(tokens[end]) || (isWord(tokens[end], 'to', 'for', 'into', 'with') && isNumber(tokens[end + 1]))) return undefined;
  return { end, clauses: [{ kind: 'portfolio_flip', written: writtenText(tokens.slice(index, end)) }] };
};
