import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/** Words that number a piece of set work: "hw q4", "homework q2", "exercise q3". */
const QUESTION_LEADS = ['hw', 'homework', 'question', 'exercise', 'problem', 'task', 'assignment'];

/**
 * "hw q4: backtest buy-and-hold on QQQ, 2000-2002": after a word for set work, "q4" numbers the
 * question, not a quarter (it was read as this year's Q4, a second period beside the one asked).
 */
export function isQuestionNumber(tokens: readonly Token[], index: number): boolean {
  return isWord(tokens[index - 1], ...QUESTION_LEADS);
}
