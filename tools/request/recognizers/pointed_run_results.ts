/**
 * "what was its sharpe again?", "how many trades did it make?", "how did that one do?" after "show
 * experiment 1": a question about the results of the run pointed back to, which showing that run
 * answers (memory_question.ts finds the run; after a request "it" has no id and the message stays its follow-up).
 */
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { metricWordIndexes } from './best_metric.js';

/** Words that point back to one run: "its sharpe", "did it make", "that one", "this run". */
const POINTERS = phrases('its', 'it', 'that|this one|run|experiment|test|backtest', 'the same run');
/** Results a run is asked about besides its metrics: "how many trades", "how did it perform". */
const RESULT_WORDS = ['trades', 'trade', 'perform', 'performance', 'results', 'stats', 'numbers', 'metrics', 'do', 'return', 'returns'];
const QUESTION_WORDS = ['what', "what's", 'whats', 'how', 'which', 'and'];

/** Whether `tokens` ask about a result of the run pointed back to, with no number of their own ("what's its sharpe with 10 bps fees" asks to run anew). */
export function asksPointedRunResults(tokens: readonly Token[]): boolean {
  const asks = isWord(tokens[0], ...QUESTION_WORDS) || tokens.some((token) => isPunct(token, '?'));
  const points = tokens.some((_, index) => matchLongest(tokens, index, POINTERS) !== undefined);
  const result = metricWordIndexes(tokens).size > 0 || tokens.some((token) => isWord(token, ...RESULT_WORDS));
  return asks && points && result && !tokens.some(isNumber);
}
