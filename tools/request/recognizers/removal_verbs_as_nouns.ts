import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord } from '../token_matchers.js';

/** Removal verbs that are also nouns of a price move or an act: "the worst drop", "a clean kill". */
const VERBS_ALSO_NOUNS = ['drop', 'kill', 'toss', 'scrap', 'axe'];
const DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'its', 'their', 'any', 'every', 'each', 'no'];
/** How many describing words may stand between the determiner and the noun: "the worst", "a big sharp". */
const MOST_DESCRIBING_WORDS = 2;
/** Words that size or date a move; "the rest and drop eth" has no such word, so its "drop" stays a verb. */
const DESCRIBING_WORDS = ['worst', 'best', 'big', 'bigger', 'huge', 'sharp', 'steep', 'sudden', 'nasty', 'brutal', 'deep', 'deeper', 'small', 'first', 'last', 'next', 'max',
  'maximum', 'single', 'whole', 'initial', 'final', 'daily', 'weekly', 'monthly', 'yearly', 'annual'];

function describes(token: Token | undefined): boolean {
  return isNumber(token) || isPunct(token, '%') || isWord(token, ...DESCRIBING_WORDS) || (isWord(token) && /^[a-z]{2,}est$/.test(token!.norm));
}

/**
 * "how deep would the worst drop have got running macd on qqq", "a 30% drop": after a determiner
 * (past a few describing words or a size) the word is a noun, so it removes nothing from the list.
 * The verb takes its object after it ("drop the eth"), never a determiner before it.
 */
export function removalVerbStandsAsNoun(tokens: readonly Token[], index: number): boolean {
  if (!isWord(tokens[index], ...VERBS_ALSO_NOUNS)) return false;
  let at = index - 1;
  while (at >= 0 && index - at <= MOST_DESCRIBING_WORDS && describes(tokens[at])) at--;
  // "a 30% drop" needs no article: the size before it makes it a noun.
  return isWord(tokens[at], ...DETERMINERS) || isPunct(tokens[index - 1], '%');
}
