import type { Clause, Recognizer } from '../clauses.js';
import { asksSomething } from '../asking_clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { readValue } from './parameters.js';

/**
 * "what about 3 instead", "how about 10 then", "try 3 instead" right after a message that changed one
 * strategy parameter ("try std dev 2.5", "make the short window 15"): the lone number replaces that
 * parameter. Without the previous turn's one parameter the number names nothing and stays unread.
 */
const LEADS = phrases('what|how about', 'and|ok|okay what|how about', 'try', 'go with', 'make it', 'maybe');
const AFTERWORDS = ['instead', 'then'];

/** Where the lone number's sentence part ends: a mark, "and", or the end of the message. */
function endsPart(token: Token | undefined): boolean {
  return token === undefined || isPunct(token, ',', '.', '?', '!', ';') || isWord(token, 'and', 'please', 'pls');
}

export const recognizeInsteadNumber: Recognizer = (tokens, index, context) => {
  const candidates = context.conversation?.lastParameter;
  if (!candidates) return undefined;
  const lead = matchLongest(tokens, index, LEADS);
  const value = readValue(tokens, lead?.end ?? index);
  if (!value || tokens[lead?.end ?? index]?.kind !== 'number' || isPunct(tokens[value.end], '%')) return undefined;
  const after = isWord(tokens[value.end], ...AFTERWORDS) ? value.end + 1 : value.end;
  // "3 instead" alone is enough; without "instead" or "then" a lead must open it ("how about 3?").
  if (!endsPart(tokens[after]) || (after === value.end && !lead)) return undefined;
  const clause: Clause = { kind: 'param', candidates, value: value.value };
  return { end: after, clauses: [clause] };
};

/** The parameter the previous message changed, when it changed that one parameter and nothing else. */
export function onlyParameterChanged(placed: ReadonlyArray<{ clause: Clause }>): readonly string[] | undefined {
  const changes = placed.map(({ clause }) => clause).filter(asksSomething);
  const [only] = changes;
  return changes.length === 1 && only?.kind === 'param' ? only.candidates : undefined;
}
