import type { Clause } from './clauses.js';
import { asksSomething } from './asking_clauses.js';
import type { ReadMessage } from './read_clauses.js';
import { carriesMeaning } from './unread_words.js';

/** A clause that asks for something, and no date told as background. */
function asksInTheRequest(clause: Clause): boolean {
  return asksSomething(clause) && !(clause.kind === 'dates' && clause.aside !== undefined);
}

/**
 * "Interesting. A patient of mine (he's 70, lost 45% in 2008…) asked how it would look with
 * real-world costs. Add 10 bps fees and 15 bps slippage, and keep everything else the same.": a
 * sentence that asks for something and was read at least as much as it was ignored is the request
 * itself, so the story sentences beside it are noted as ignored, never a reason to refuse.
 */
export function hasUnderstoodSentence(message: ReadMessage): boolean {
  const asking = new Set(message.placed.filter(({ clause }) => asksInTheRequest(clause)).map(({ sentence }) => sentence));
  // "My partner, who's been skeptical ever since…, asked …": words told of someone else are the story's, not ignored.
  const told = new Set([...message.storyClaims].map((at) => message.tokens[at]));
  return [...asking].some((sentence) => {
    const read = message.readMeaningfulBySentence.get(sentence) ?? 0;
    const ignored = new Set(message.unread.filter((token) => token.sentence === sentence && carriesMeaning(token) && !told.has(token)).map((token) => token.text));
    return read > 0 && ignored.size <= read;
  });
}
