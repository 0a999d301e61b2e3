import type { Clause } from './clauses.js';
import type { PlacedClause } from './read_clauses.js';
import { roundClean } from './token_matchers.js';

type TargetClause = Extract<Clause, { kind: 'target' }>;

function isLowerBound(target: TargetClause): boolean {
  return target.operator === '>' || target.operator === '>=';
}

/** The total return that takes `capital` to `balance`: $10,000 to $30,000 is 2 (200 %). */
function sameGoal(returnTarget: TargetClause, balanceTarget: TargetClause, capital: number): boolean {
  return isLowerBound(returnTarget) === isLowerBound(balanceTarget)
    && Math.abs(capital * (1 + returnTarget.value) - balanceTarget.value) <= balanceTarget.value * 1e-9;
}

/**
 * "My goal is to turn $10,000 into $30,000 … settings that would have ended with at least $30,000
 * starting from $10,000": one goal told twice, once as a multiple of the money (a total return of
 * 200 %) and once as the end balance, is one target. The balance the user states is kept, and a
 * note says the return was read as the same goal.
 */
export function settleRestatedMoneyGoals(placed: readonly PlacedClause[]): PlacedClause[] {
  const balances = placed.flatMap(({ clause }) => (clause.kind === 'target' && clause.metric === 'final_equity' ? [clause] : []));
  const capitals = placed.flatMap(({ clause }) => (clause.kind === 'capital' ? [clause.amount] : []));
  if (balances.length === 0 || capitals.length === 0) return [...placed];
  return placed.map((item) => {
    const { clause } = item;
    if (clause.kind !== 'target' || clause.metric !== 'total_return') return item;
    const balance = balances.find((target) => capitals.some((capital) => sameGoal(clause, target, capital)));
    if (!balance) return item;
    return { ...item, clause: { kind: 'note', text: `read the total return of ${clause.value * 100}% as the same goal as final equity ${balance.operator} ${balance.value}` } };
  });
}

/**
 * "say I start with 10k, can it turn that into 15k?": an end balance for the amount just stated is
 * the return on it, a total return of 50 %, as "turn 10k into 15k" is (money_goal.ts). The amount is
 * the message's capital, else the conversation's; a balance no larger than it is kept as written.
 */
export function settleGoalsOfStatedCapital(placed: readonly PlacedClause[], conversationCapital: number): PlacedClause[] {
  return placed.map((item, at) => {
    const { clause } = item;
    if (clause.kind !== 'target' || clause.ofStatedCapital !== true) return item;
    const stated = placed.slice(0, at).flatMap(({ clause: before }) => (before.kind === 'capital' ? [before.amount] : [])).at(-1);
    const capital = stated ?? conversationCapital;
    if (!(clause.value > capital)) return item;
    return { ...item, clause: { kind: 'target', metric: 'total_return', operator: clause.operator, value: roundClean(clause.value / capital - 1) } };
  });
}
