import type { StrategyRequest } from './request_spec.js';

/** A strategy of the list and the values the message gave for one of its parameters. */
export interface ValueList {
  owner: StrategyRequest;
  parameter: string;
  values: readonly number[];
}

/**
 * "try lookbacks of 20, 60 and 120 for momentum": a list of values to compare is the strategy
 * once per value, its other settings kept, in the list's place, so each runs and is ranked (the
 * spec holds a strategy more than once with different parameters, as "sma 20/50 vs sma 10/30" does).
 */
export function expandValueLists(strategies: readonly StrategyRequest[], lists: readonly ValueList[]): StrategyRequest[] {
  let result = [...strategies];
  for (const list of lists) {
    const at = result.indexOf(list.owner);
    if (at === -1) continue;
    const copies = list.values.map((value) => ({ ...list.owner, params: { ...list.owner.params, [list.parameter]: value } }));
    result = [...result.slice(0, at), ...copies, ...result.slice(at + 1)];
  }
  return result;
}
