/**
 * "what would ripple have done with the rsi", "how did ripple do in 2022", "how would polygon have
 * fared", "has gold performed": between a question's auxiliary and a verb of how something did, a
 * bare name is what is asked about, so a name that is also a word ("ripple", "gold", "link") is read
 * as the instrument there. An article keeps the word ("would a ripple have done"): the auxiliary must
 * stand right before the name.
 */
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases, type Phrase } from '../token_matchers.js';

const BASE_OUTCOMES = 'do|fare|perform|work|go|behave';
const DONE_OUTCOMES = 'done|fared|performed|worked|gone|behaved';

/** Each auxiliary and the outcome verbs it takes: "would … have done", "did … do", "has … performed". */
const OUTCOMES_AFTER: Readonly<Record<string, readonly Phrase[]>> = {
  would: phrases(BASE_OUTCOMES, `have|of ${DONE_OUTCOMES}`),
  could: phrases(`have|of ${DONE_OUTCOMES}`),
  might: phrases(`have|of ${DONE_OUTCOMES}`),
  will: phrases(BASE_OUTCOMES),
  did: phrases(BASE_OUTCOMES),
  does: phrases(BASE_OUTCOMES),
  has: phrases(DONE_OUTCOMES),
  had: phrases(DONE_OUTCOMES),
};

/** Whether the one-word name at `index` is the subject of a question on how it did. */
export function isOutcomeSubject(tokens: readonly Token[], index: number): boolean {
  const auxiliary = tokens[index - 1];
  if (!isWord(auxiliary) || !Object.hasOwn(OUTCOMES_AFTER, auxiliary!.norm)) return false;
  return matchLongest(tokens, index + 1, OUTCOMES_AFTER[auxiliary!.norm]!) !== undefined;
}
