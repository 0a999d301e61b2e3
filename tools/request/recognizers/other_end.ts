/**
 * "ok now the worst one", "and the best?", "the worst then" after a question about saved runs: the
 * other end of the same ranking, named by the word for the end alone (memory_question.ts keeps the
 * question's metric, coin and window).
 */
import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import { rankEndAskedAt } from './best_metric.js';

/** Words that may follow the end asked for and add nothing to it: "the worst one", "the best then". */
const PLAIN_AFTER = ['one', 'ones', 'run', 'result', 'then', 'instead', 'please', 'pls', 'now'];

/** Whether a word asking for an end of the ranking stands alone in `tokens`: "the worst one", not "the worst drawdown". */
export function asksOtherEndAlone(tokens: readonly Token[]): boolean {
  return tokens.some((_, index) => {
    if (rankEndAskedAt(tokens, index) === undefined) return false;
    const next = tokens[index + 1];
    return next === undefined || next.kind === 'punct' || isWord(next, ...PLAIN_AFTER);
  });
}
