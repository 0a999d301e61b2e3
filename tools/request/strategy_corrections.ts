import type { Clause } from './clauses.js';
import type { CorrectionRule } from './correction_rule.js';
import { restatingRun } from './correction_rule.js';
import type { PlacedClause } from './read_clauses.js';
import { strategyWordsOf } from './strategy_vocabulary.js';

/**
 * "rsi on btc — sorry, I meant macd": a strategy named right after a correction marker replaces the
 * nearest other strategy before it. One that takes the very same parameters ("sma 20/50, sorry, I
 * meant ema") keeps the numbers written for the first, as a follow-up swapping the two does.
 */
type StrategyClause = Extract<Clause, { kind: 'strategy' }>;

function strategyOf(item: PlacedClause | undefined): StrategyClause | undefined {
  return item?.clause.kind === 'strategy' ? item.clause : undefined;
}

function takesSameParameters(a: string, b: string): boolean {
  const ours = strategyWordsOf(a)?.params ?? [];
  const theirs = strategyWordsOf(b)?.params ?? [];
  return ours.length > 0 && ours.length === theirs.length && ours.every((name) => theirs.includes(name));
}

export const STRATEGY_CORRECTION: CorrectionRule = {
  correct(before, after) {
    const earlierItem = before.findLast((item) => strategyOf(item) !== undefined);
    const laterItem = restatingRun(after).find((item) => strategyOf(item) !== undefined);
    const earlier = strategyOf(earlierItem);
    const later = strategyOf(laterItem);
    if (!earlier || !later || earlier.name === later.name) return undefined;
    const keeps = later.params === undefined && earlier.params !== undefined && takesSameParameters(earlier.name, later.name);
    const rewritten = new Map<PlacedClause, Clause>(keeps ? [[laterItem!, { ...later, params: { ...earlier.params } }]] : []);
    return { takenBack: [earlierItem!], rewritten, description: `${later.name} in place of ${earlier.name}` };
  },
};
