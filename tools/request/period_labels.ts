import type { Token } from './tokenizer.js';
import { isWord } from './token_matchers.js';

/**
 * "H2" in "20/50 H2 2019", "upper 90 H2 2022": a letter joined to a digit labels a half or a quarter;
 * it is no unit ("50 h", hours) of the number before it.
 */
export function startsPeriodLabel(tokens: readonly Token[], index: number): boolean {
  const [letter, digit] = [tokens[index], tokens[index + 1]];
  return isWord(letter, 'h', 'q') && !letter!.joined && digit?.kind === 'number' && digit.joined;
}
