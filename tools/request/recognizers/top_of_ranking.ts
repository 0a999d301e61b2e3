/**
 * "top 3 pls" after "which of my runs had the worst drawdown": the first lines of the ranking asked
 * for, from whichever end it was asked, not a turn to the best. A "top" with a count and no metric
 * of its own is a place in that ranking; "top 3 by sortino" or "the best 3" asks for the best anew.
 */
import { isNumber, isWord } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';
import { metricWordIndexes, rankEndAskedAt } from './best_metric.js';

/** Whether every word asking for an end of the ranking is "top" with a count after it, and no metric is named. */
export function takesTopOfRanking(tokens: readonly Token[]): boolean {
  const rankWords = tokens.map((_, index) => index).filter((index) => rankEndAskedAt(tokens, index) !== undefined);
  return rankWords.length > 0 && metricWordIndexes(tokens).size === 0
    && rankWords.every((index) => isWord(tokens[index], 'top') && isNumber(tokens[index + 1]));
}
