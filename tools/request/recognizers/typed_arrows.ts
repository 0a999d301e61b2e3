import type { Token } from '../tokenizer.js';
import { isPunct } from '../token_matchers.js';

/**
 * "->", "-->", "=>", "==>": an arrow typed with hyphens or equals signs ("→", "–" and "—" already
 * arrive as "-"), a range's link as "to" is. The index just past it, or undefined.
 */
export function arrowEnd(tokens: readonly Token[], index: number): number | undefined {
  let at = index;
  while (isPunct(tokens[at], '-', '=') && (at === index || tokens[at]!.joined)) at++;
  if (at > index && isPunct(tokens[at], '>') && tokens[at]!.joined) return at + 1;
  // The tokenizer reads "=>" as ">=", keeping what was typed.
  return isPunct(tokens[at], '>=') && tokens[at]!.text === '=>' ? at + 1 : undefined;
}
