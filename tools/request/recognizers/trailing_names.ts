import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';
import { startsStrategyName } from './strategies.js';

/** Marks a trailing name may stand after: a sentence end ("… or better. ada") or the request's last comma. */
const BEFORE_MARKS = ['.', '!', '?', ',', ';', ':'];
const AFTER_WORDS = ['please', 'pls', 'plz', 'only'];

/**
 * "over 2022-2023, tune the rsi thresholds, aiming for a cagr of 20% or better. ada", "rsi 14 since
 * 2021, sol": a name that is also a word ("ada", "sol", "dot"), standing alone as the request's last
 * sentence or after its last comma, is what the run it asks for trades. The caller checks that the
 * message names no other instrument; a strategy named in it shows a run is asked for. "Ada, could
 * you…" opens the message and so is never read here.
 */
export function isTrailingName(tokens: readonly Token[], index: number): boolean {
  if (index < 2 || !isPunct(tokens[index - 1], ...BEFORE_MARKS)) return false;
  const rest = tokens.slice(index + 1);
  if (!rest.every((token) => isPunct(token, '.', '!', '?') || isWord(token, ...AFTER_WORDS))) return false;
  return tokens.some((_, at) => at < index && startsStrategyName(tokens, at));
}
