import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/**
 * Bars named after "instead of", "rather than" or "not" are the ones given up: "run it on 4 hour
 * candles instead of daily" asks for 4h, "daily instead of 4h" for daily, "hourly, not daily" for
 * hourly. Read, so not reported as ignored, but never the interval asked for.
 */
export function isReplacedAt(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const twoBefore = tokens[index - 2];
  if (isWord(before, 'not')) return true;
  return (isWord(before, 'of') && isWord(twoBefore, 'instead')) || (isWord(before, 'than') && isWord(twoBefore, 'rather'))
    || (isWord(before, 'of') && isWord(twoBefore, 'place') && isWord(tokens[index - 3], 'in'));
}
