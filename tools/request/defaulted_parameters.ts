import type { PlacedClause } from './read_clauses.js';
import type { StrategyRequest } from './request_spec.js';
import { strategyWordsOf } from './strategy_vocabulary.js';

/**
 * "keep the normal exit": the parameter goes back to its strategy's own value, so its value set is
 * dropped. Its strategy is the one named in the message, else the latest listed that has it; with
 * none that has it the words are noted as ignored, never read as something else.
 */
export function resetToDefaults(strategies: readonly StrategyRequest[], placed: readonly PlacedClause[], named: readonly StrategyRequest[], notes: string[]): StrategyRequest[] {
  const result = strategies.map((strategy) => ({ ...strategy, ...(strategy.params ? { params: { ...strategy.params } } : {}) }));
  for (const { clause } of placed) {
    if (clause.kind !== 'default_param') continue;
    const order = [...named.map((entry) => strategies.indexOf(entry)).filter((at) => at >= 0), ...result.map((_, at) => at).reverse()];
    const parameterOf = (at: number) => clause.candidates.find((candidate) => strategyWordsOf(result[at]!.name)?.params.includes(candidate));
    const at = order.find((candidate) => parameterOf(candidate) !== undefined);
    if (at === undefined) {
      notes.push(`ignored "${clause.written}": none of the strategies has a ${clause.candidates.join(' or ')} parameter`);
      continue;
    }
    const owner = result[at]!;
    const parameter = parameterOf(at)!;
    if (owner.params?.[parameter] === undefined) continue;
    const { [parameter]: dropped, ...rest } = owner.params;
    const { params: _set, ...bare } = owner;
    result[at] = Object.keys(rest).length > 0 ? { ...owner, params: rest } : bare;
    notes.push(`"${clause.written}": ${owner.name}'s ${parameter} goes back to its default (it was ${dropped})`);
  }
  return result;
}
