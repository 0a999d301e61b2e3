import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';
import { asksForRun } from './life_clauses.js';

/**
 * "…outside Amarillo, been driving since 1998", "been farming since 1985, anyway…": "been" opening a
 * clause, its "I've" left out as people write (and dictate) about themselves, says how long the
 * writer has been doing something; the period after "since" is that life's length, not the window.
 * A clause opens after a mark or after the spoken "comma" of dictation. The words between "been"
 * and "since" ("driving", "a nurse", "living here", "married") must not ask ("been testing it since
 * 2020" asks) and are few.
 */
const MOST_WORDS_BETWEEN = 3;

function opensClause(tokens: readonly Token[], at: number): boolean {
  return at === 0 || isPunct(tokens[at - 1], ',', ';', ':', '.', '!', '?', '-') || isWord(tokens[at - 1], 'comma');
}

/** Whether the date construct at `start` is "since …" after a subjectless "been <doing something>". */
export function tellsHowLongWriterHasBeen(tokens: readonly Token[], start: number): boolean {
  if (!isWord(tokens[start], 'since')) return false;
  for (let been = start - 2; been >= Math.max(0, start - 1 - MOST_WORDS_BETWEEN); been--) {
    if (!isWord(tokens[been + 1]) || asksForRun(tokens, been + 1)) return false;
    if (isWord(tokens[been], 'been')) return opensClause(tokens, been);
  }
  return false;
}
