import type { Clause } from './clauses.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * What a correction marker changes: the clauses before it that are taken back, and the clauses
 * that now read otherwise (the later one standing for both, an earlier one keeping only what was
 * not corrected, or a reason turned into a note). `description` says it for the note: "LTC in place of XRP".
 */
export interface Correction {
  takenBack: readonly PlacedClause[];
  rewritten: ReadonlyMap<PlacedClause, Clause>;
  description: string;
}

/**
 * One kind of thing a correction can replace (a window, symbols, a strategy's numbers). `before`:
 * the message's clauses before the marker; `after`: those after it, up to the next marker.
 */
export interface CorrectionRule {
  correct(before: readonly PlacedClause[], after: readonly PlacedClause[]): Correction | undefined;
}

/** Kinds that restate what was taken back; anything else after a marker is something new. */
const RESTATING_KINDS: ReadonlySet<Clause['kind']> = new Set(['symbol', 'dates', 'strategy', 'param', 'shared_params', 'corrected_value']);

/**
 * The clauses written right after a marker, up to the first that says something new: "sorry, I
 * meant ltc, 2021 h2" restates a symbol and a window, while in "sorry, can you also do rsi" the
 * "also" adds RSI rather than correcting the strategy, and so does "too" in "sorry, eth too". All in one sentence.
 */
export function restatingRun(after: readonly PlacedClause[]): PlacedClause[] {
  // "actually use sma", "sorry, switch to eth": a plain leading "use" says the same as the marker.
  const opening = after[0]?.clause;
  const from = opening?.kind === 'mode' && opening.mode === 'replace' && !opening.trailing && !opening.exclusive ? after.slice(1) : after;
  const sentence = from[0]?.sentence;
  const end = from.findIndex((item) => item.sentence !== sentence || !RESTATING_KINDS.has(item.clause.kind));
  const closing = end === -1 || from[end]!.sentence !== sentence ? undefined : from[end]!.clause;
  if (closing?.kind === 'mode' && closing.trailing && closing.mode !== 'replace') return [];
  return from.slice(0, end === -1 ? from.length : end);
}
