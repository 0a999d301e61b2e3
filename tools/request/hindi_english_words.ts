import type { TargetOperator } from './request_spec.js';
import type { Token } from './tokenizer.js';
import { isWord, matchLongest, phrases } from './token_matchers.js';

/**
 * Hindi-English as Indian traders write it: Hindi puts the comparison and the verb after what they
 * govern, so "sortino 1.5 se upar" is "sortino above 1.5" and "short bhi allow karo" is "allow short too".
 */

/** "1.5 se upar|zyada" (above, more than 1.5), "20% se neeche|kam" (below, less than 20%). */
const HINDI_ABOVE = phrases('se upar|uper|ooper|zyada|jyada|zyaada|adhik');
const HINDI_BELOW = phrases('se neeche|niche|nichay|kam');
/** "1 se kam nahi": not less than 1. */
const HINDI_NOT = ['nahi', 'nahin', 'nai'];

/** A Hindi comparison after a value, at `index`; `negated` when a "nahi" after it turns it. */
export function hindiComparatorAfter(tokens: readonly Token[], index: number): { operator: TargetOperator; negated: boolean; end: number } | undefined {
  const above = matchLongest(tokens, index, HINDI_ABOVE);
  const found = above ?? matchLongest(tokens, index, HINDI_BELOW);
  if (!found) return undefined;
  const negated = isWord(tokens[found.end], ...HINDI_NOT);
  return { operator: above ? '>' : '<', negated, end: negated ? found.end + 1 : found.end };
}

/** Hindi "also" after the thing added: "short bhi" (short too). */
export const HINDI_ALSO = ['bhi'];

/** The Hindi verb "do" closing an English verb: "allow karo", "enable kar do", "allow kijiye". */
export const HINDI_DO = phrases('karo|kardo|karna|kijiye|kijie|karein|karen|kare', 'kar do|dijiye|dena|den|de');
