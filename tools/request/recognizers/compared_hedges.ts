import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

const COMPARE_VERBS = ['compare', 'comparing', 'compared', 'contrast', 'contrasting'];
/** Words that always name the other side of a comparison. */
const SIDE_WORDS = ['against', 'vs', 'versus', 'than'];

/**
 * "compare it with just buy and hold", "vs only the rsi": "just" or "only" right after the word that
 * names a comparison's other side hedges that side ("merely"); it does not make it the only run, which
 * would drop the side being compared. "with" and "to" count only after a compare verb in the
 * sentence, so "switch to just rsi" still keeps rsi alone.
 */
export function hedgesComparedSide(tokens: readonly Token[], index: number): boolean {
  const lead = tokens[index - 1];
  if (!lead || !isWord(tokens[index], 'just', 'only', 'simply', 'merely')) return false;
  if (isWord(lead, ...SIDE_WORDS)) return true;
  if (!isWord(lead, 'with', 'to')) return false;
  return tokens.some((token, at) => at < index - 1 && token.sentence === lead.sentence && isWord(token, ...COMPARE_VERBS));
}
