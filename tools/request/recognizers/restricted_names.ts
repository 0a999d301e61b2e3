import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';

const RESTRICTING_WORDS = ['just', 'only'];
/** Words that may close the clause after the name: "just sol please", "only ada then". */
const CLOSERS = ['please', 'pls', 'plz', 'then', 'now', 'again', 'instead', 'thanks'];

/**
 * "undo that last bit, just sol", "only ada.": a name that is also a word ("sol", "ada", "spy")
 * after "just" or "only", closing its clause, narrows what to trade to that instrument. A word
 * going on ("just link them", "only dot the i's") keeps it everyday English.
 */
export function isRestrictedName(tokens: readonly Token[], index: number): boolean {
  if (!isWord(tokens[index - 1], ...RESTRICTING_WORDS)) return false;
  const next = tokens[index + 1];
  return next === undefined || isPunct(next, '.', ',', '!', '?', ';') || isWord(next, ...CLOSERS);
}
