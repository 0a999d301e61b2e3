import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/**
 * "Can you backtest that EMA crossover", "run his setup", "the same RSI": words pointing back to
 * something the message already told of, so what follows them is that thing, not a new one.
 */
const POINTERS = ['that', 'this', 'those', 'these', 'his', 'her', 'their', 'said', 'same'];

/** Token indexes right after a word pointing back: where the thing pointed to is named. */
export function pointedBack(tokens: readonly Token[]): Set<number> {
  const after = new Set<number>();
  tokens.forEach((token, at) => {
    if (isWord(token, ...POINTERS) && tokens[at + 1]?.sentence === token.sentence) after.add(at + 1);
  });
  return after;
}
