import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/** Laughs however long they are drawn out: "haha", "hehehe", "lol", "lmaooo", "lmfao", "rofl", "xd". */
const LAUGH = /^(?:(?:ha|he|hah|heh)+h?|l+o+l+|lm+f?a+o+|rofl|xd+)$/;
/** Chat shorthand that comments on the message rather than adding to it. */
const SHORTHAND: ReadonlySet<string> = new Set(['pls', 'plz', 'please', 'thx', 'thanks', 'ty', 'tbh', 'ngl', 'fr', 'jk', 'lmk', 'imo', 'idk', 'smh', 'fml', 'yolo']);

/**
 * "i wanna end with at least 750 lmao": a laugh or a piece of chat shorthand after a phrase ends
 * it, as a full stop would; it says nothing about what the number before it counts.
 */
export function isChatAside(token: Token | undefined): boolean {
  return isWord(token) && (LAUGH.test(token!.norm) || SHORTHAND.has(token!.norm));
}
