/**
 * "swap sol for doge", "replace sol with doge", "switch sol to doge", "doge instead of sol" after a
 * question about saved runs: the same question about the other coin. The coin swapped out names no
 * filter; the one swapped in does (memory_question.ts reads it as the follow-up's symbol).
 */
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';

const SWAP_VERBS = phrases('swap|switch|replace|change|trade', 'swap|switch|trade out');
const SWAP_LINKS = ['for', 'with', 'to', 'into'];
const RATHER_THAN = phrases('instead of', 'rather than', 'in place of');

/** Where a symbol starting at `index` ends, else undefined. */
export type SymbolEnd = (index: number) => number | undefined;

/** The indexes of the coin swapped out: "swap SOL for doge", "doge instead of SOL"; undefined when the message swaps none. */
export function swappedOutSymbol(tokens: readonly Token[], symbolEnd: SymbolEnd): ReadonlySet<number> | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const verb = matchLongest(tokens, index, SWAP_VERBS);
    const outEnd = verb && symbolEnd(verb.end);
    if (verb && outEnd !== undefined && isWord(tokens[outEnd], ...SWAP_LINKS) && symbolEnd(outEnd + 1) !== undefined) return span(verb.end, outEnd);
    const rather = index > 0 && symbolEnd(index - 1) !== undefined ? matchLongest(tokens, index, RATHER_THAN) : undefined;
    const ratherEnd = rather && symbolEnd(rather.end);
    if (rather && ratherEnd !== undefined) return span(rather.end, ratherEnd);
  }
  return undefined;
}

function span(start: number, end: number): ReadonlySet<number> {
  return new Set(Array.from({ length: end - start }, (_, offset) => start + offset));
}
