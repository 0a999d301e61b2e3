import type { ParameterRange, SearchSpace, StrategyParams } from '../../strategy/types.js';

/** Snaps a value onto the range's step grid and inside its bounds. */
export function snapToStep(value: number, range: ParameterRange): number {
  const steps = Math.round((value - range.min) / range.step);
  const snapped = range.min + steps * range.step;
  const bounded = Math.min(range.max, Math.max(range.min, snapped));
  // Round away float noise (0.1 steps) so parameters print as the user would write them.
  return Number(bounded.toFixed(10));
}

/** Whole steps from min to max (the slack absorbs float noise such as 0.1 steps). */
function stepsIn(range: ParameterRange): number {
  return Math.floor((range.max - range.min) / range.step + 1e-9);
}

/** Every value of the range: min, min + step, … up to max. */
export function axisValues(range: ParameterRange): number[] {
  return Array.from({ length: stepsIn(range) + 1 }, (_, index) => snapToStep(range.min + index * range.step, range));
}

/** Each parameter drawn uniformly from its step grid. */
export function randomPoint(space: SearchSpace, random: () => number): StrategyParams {
  const point: StrategyParams = {};
  for (const [name, range] of Object.entries(space)) {
    point[name] = snapToStep(range.min + Math.floor(random() * (stepsIn(range) + 1)) * range.step, range);
  }
  return point;
}

/** The point scaled to [0, 1] per parameter: the coordinates a surrogate model compares points in. */
export function toUnitCube(space: SearchSpace, params: StrategyParams): number[] {
  return Object.entries(space).map(([name, range]) => (range.max === range.min ? 0 : (params[name]! - range.min) / (range.max - range.min)));
}

/**
 * A function giving a point's stable identity in the space (its values in the space's parameter
 * order), made once per search: a grid search asks for tens of thousands.
 */
export function candidateKeyOf(space: SearchSpace): (params: StrategyParams) => string {
  const names = Object.keys(space);
  return (params) => {
    let key = String(params[names[0]!]);
    for (let index = 1; index < names.length; index++) key += `,${params[names[index]!]}`;
    return key;
  };
}
