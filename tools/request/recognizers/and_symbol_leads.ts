import type { Clause, Recognizer } from '../clauses.js';
import { isPunct, isWord } from '../token_matchers.js';
import { matchSymbolAt } from './symbols.js';

/**
 * "and ripple", "ok and solana too", "and on xrp": a message that opens with "and" and a symbol adds
 * it to the list, as "plus doge" does, rather than replacing it. At the opening the symbol plainly
 * names what to trade, so an ambiguous name ("ripple", "sol", "link") is read as one too.
 */
const OPENING_FILLERS: ReadonlySet<string> = new Set(['ok', 'okay', 'oh', 'right', 'cool', 'nice', 'great', 'alright', 'sure', 'yes', 'yeah', 'hmm']);
const SLOT_WORDS = ['on', 'for', 'with', 'in'];

function opensMessage(tokens: Parameters<Recognizer>[0], index: number): boolean {
  return tokens.slice(0, index).every((token) => isPunct(token, ',', '.', '!') || (isWord(token) && OPENING_FILLERS.has(token.norm)));
}

export const recognizeAndSymbolLead: Recognizer = (tokens, index, context) => {
  if (!isWord(tokens[index], 'and') || !opensMessage(tokens, index)) return undefined;
  const at = isWord(tokens[index + 1], ...SLOT_WORDS) ? index + 2 : index + 1;
  const found = matchSymbolAt(tokens, at, { shouting: context.shouting, strong: true });
  if (!found) return undefined;
  const clauses: Clause[] = [{ kind: 'mode', mode: 'add', trailing: false, oneKind: false }, { kind: 'symbol', symbol: found.symbol }];
  return { end: found.end, clauses };
};
