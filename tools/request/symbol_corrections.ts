import type { CorrectionRule } from './correction_rule.js';
import { restatingRun } from './correction_rule.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "bb on xrp.. no sorry i meant ltc", "macd on spy — no wait, qqq": symbols right after a
 * correction marker replace the symbols named before it. Those are the nearest symbol and the list
 * it closes ("btc and eth, sorry, sol and eth" runs SOL and ETH); the symbols after the marker stand.
 */
function symbolOf(item: PlacedClause): string | undefined {
  return item.clause.kind === 'symbol' ? item.clause.symbol : undefined;
}

/** The nearest symbol before the marker and the symbols listed right before it, with nothing else between. */
function nearestList(before: readonly PlacedClause[]): PlacedClause[] {
  const last = before.findLastIndex((item) => symbolOf(item) !== undefined);
  let first = last;
  while (first > 0 && symbolOf(before[first - 1]!) !== undefined) first--;
  return last === -1 ? [] : before.slice(first, last + 1);
}

/** "spy qqq 70/30, sorry, iwm": symbols a portfolio of the message weights are not taken back one by one. */
function weightedInMessage(before: readonly PlacedClause[], symbols: readonly string[]): boolean {
  return before.some(({ clause }) => clause.kind === 'portfolio' && clause.weights !== null && symbols.some((symbol) => symbol in clause.weights!));
}

export const SYMBOLS_CORRECTION: CorrectionRule = {
  correct(before, after) {
    const later = restatingRun(after).flatMap((item) => symbolOf(item) ?? []);
    const earlier = nearestList(before);
    const taken = earlier.map((item) => symbolOf(item)!);
    if (later.length === 0 || earlier.length === 0 || weightedInMessage(before, taken)) return undefined;
    return { takenBack: earlier, rewritten: new Map(), description: `${later.join(', ')} in place of ${taken.join(', ')}` };
  },
};
