import type { Clause } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, matchLongest, phrases } from '../token_matchers.js';
import { costClauses, readCostValue, type CostKind } from './money.js';

/**
 * "put the fees back but 20 bps", "revert the slippage, but make it 3 bps": a cost taken back with a
 * new value said with it. The new value wins, as new strategy numbers do ("put the levels back
 * but make the upper 70"): the cost is set to it, and there is nothing left to take back.
 */
const BUT = phrases('but|only|except', 'but|only make|set|use it|them|that|those', 'but|only make|set it|them|that|those to|at', 'but at|to|with|using');

export function newCostAfterRevert(tokens: readonly Token[], index: number, cost: CostKind): { end: number; clauses: Clause[] } | undefined {
  const but = matchLongest(tokens, isPunct(tokens[index], ',') ? index + 1 : index, BUT);
  const value = but && readCostValue(tokens, but.end);
  return value ? { end: value.end, clauses: costClauses(cost, value) } : undefined;
}
