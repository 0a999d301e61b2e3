import type { Clause } from './clauses.js';
import { getStrategy } from '../strategy/registry.js';

type RangeClause = Extract<Clause, { kind: 'param_range' }>;

/**
 * What the user is told about a search range they wrote: the spec has no field for it (the
 * optimiser searches each strategy's own space), so the note names the range asked for and the
 * range that will be searched instead, so the difference is never silent.
 */
export function rangeNote(range: RangeClause, owner: { strategy: string; parameter: string } | undefined): string {
  const step = range.step === undefined ? '' : ` step ${range.step}`;
  const asked = range.values ? `values '${owner?.parameter ?? range.candidates[0]} ${range.values.join(', ')}'` : `range '${owner?.parameter ?? range.candidates[0]} ${range.min} to ${range.max}${step}'`;
  if (!owner) {
    return `search ${asked} ignored: none of the strategies has a ${range.candidates.join(' or ')} parameter`;
  }
  const own = getStrategy(owner.strategy).searchSpace?.[owner.parameter];
  const searched = own ? `the search covers ${owner.strategy}'s own range for ${owner.parameter}, ${own.min} to ${own.max} step ${own.step}` : `${owner.strategy} has no search range for ${owner.parameter}`;
  return `search ${asked} cannot be set: ${searched}`;
}
