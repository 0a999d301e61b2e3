import type { Token } from '../tokenizer.js';
import { isPunct, isWord, isYearNumber } from '../token_matchers.js';

/** Words that number a piece of set work: "hw q4", "homework q2", "exercise q3". */
const QUESTION_LEADS = ['hw', 'homework', 'question', 'exercise', 'problem', 'task', 'assignment'];

/**
 * "hw q4: backtest buy-and-hold on QQQ, 2000-2002": after a word for set work, "q4" (the letter at
 * `index`, its digit after) numbers the question, not a quarter (it was read as this year's Q4, a second
 * period beside the one asked). With its year right after ("Quick question q3 2024 rsi on BTC") it is
 * the quarter still: read as a question number, the message asked for the whole year. A year that opens
 * a range of years ("hw q4 2000-2002") is the question's period, not the quarter's.
 */
export function isQuestionNumber(tokens: readonly Token[], index: number): boolean {
  const yearAt = isWord(tokens[index + 2], 'of') ? index + 3 : index + 2;
  const opensYearRange = (isPunct(tokens[yearAt + 1], '-') || isWord(tokens[yearAt + 1], 'to')) && isYearNumber(tokens[yearAt + 2]);
  return isWord(tokens[index - 1], ...QUESTION_LEADS) && (!isYearNumber(tokens[yearAt]) || opensYearRange);
}
