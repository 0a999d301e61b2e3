import type { Token } from '../tokenizer.js';
import { isNegation, isWord } from '../token_matchers.js';
import { asksForRun, clauseAround } from './life_clauses.js';

/** Words between a negation and the verb it denies: "don't really want", "never even want". */
const SOFTENERS: ReadonlySet<string> = new Set(['really', 'even', 'ever', 'actually', 'honestly', 'particularly', 'wanna']);

/** A negation followed, past softening words, by a word that asks: "don't want", "never want to see", "not interested". */
function deniesAsking(tokens: readonly Token[], at: number, clause: ReadonlySet<number>): boolean {
  if (!isNegation(tokens[at])) return false;
  for (let next = at + 1; clause.has(next) && isWord(tokens[next]); next++) {
    if (asksForRun(tokens, next)) return true;
    if (!SOFTENERS.has(tokens[next]!.norm)) return false;
  }
  return false;
}

/**
 * "I don't want to look at 2022 again, too painful", "I'm not interested in 2020", "I never want to
 * see 2008 again": a period the writer turns down in its own clause, before it, is not asked for.
 */
export function isRejectedPeriod(tokens: readonly Token[], start: number, end: number): boolean {
  const clause = new Set(clauseAround(tokens, start, end));
  return [...clause].some((at) => at < start && deniesAsking(tokens, at, clause));
}
