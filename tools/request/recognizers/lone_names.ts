import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * "use sol", "use ada instead", "sol?", "what about ada", "try it with link": a message whose only
 * content is a name, with at most a switching lead and a trailing "instead", can mean nothing but the
 * instrument to run, so a name that is also a word ("sol", "ada", "spy") is read as one there. The
 * lead must be one of these whole phrases: "use the link" keeps its article and stays a word.
 */
const LEADS = phrases('use', 'using', 'go with', 'lets go with', "let's go with", 'try', 'try it|this|that with|on', 'do it|this|that with|on|for', 'what|how about',
  'same for|with|on', 'same thing for|with|on', 'now', 'now use|try', 'ok|okay|and use|try', 'then', 'with', 'on', 'for');
const FILLERS: ReadonlySet<string> = new Set(['ok', 'okay', 'hmm', 'alright', 'right', 'cool', 'and', 'so']);
const TRAILERS: ReadonlySet<string> = new Set(['instead', 'too', 'then', 'now', 'please', 'pls', 'plz', 'maybe', 'again']);

/** Whether the name at `index` (one token) is all the message says besides a lead and trailing words. */
export function isLoneName(tokens: readonly Token[], index: number): boolean {
  let start = 0;
  while (isWord(tokens[start]) && FILLERS.has(tokens[start]!.norm) || isPunct(tokens[start], ',')) start++;
  if (start !== index && matchLongest(tokens, start, LEADS)?.end !== index) return false;
  return tokens.slice(index + 1).every((token) => isPunct(token, '?', '!', '.', ',') || (isWord(token) && TRAILERS.has(token.norm)));
}
