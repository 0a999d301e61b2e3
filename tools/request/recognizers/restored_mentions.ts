/**
 * "ada was right", "sol was fine after all", "go back to ada": a name the conversation moved away
 * from, brought back. The frame says the word is the instrument, so a name that is also a word
 * ("ada", "sol", "link") is read as one there; unread, "wait no, ada was right, but use 2023"
 * kept the coin the user had just taken back.
 */
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';

/** What follows a name brought back: "was right", "is fine", "was the right one", "after all". */
const VERDICTS = phrases('was|is|were right|fine|correct|good|better|ok|okay', 'was|is the right|correct|better one|choice|pick', 'after all');
/** "back to ada", "go back to ada": the word before the name. */
const BACK_LEAD = ['back'];

export function isRestoredMention(tokens: readonly Token[], index: number, end = index + 1): boolean {
  if (matchLongest(tokens, end, VERDICTS)) return true;
  return isWord(tokens[index - 1], 'to') && isWord(tokens[index - 2], ...BACK_LEAD);
}
