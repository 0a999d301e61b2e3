import type { ParameterRange, SearchSpace, StrategyParams } from '../../strategy/types.js';
import { axisValues, snapToStep } from './search_space.js';

/** The values a grid takes on each parameter, e.g. {"short": [10, 20, 30], "long": [50, 100]}. */
export type GridAxes = Readonly<Record<string, readonly number[]>>;

/** The space a grid spans, for keying and scaling its points. */
export function spaceOfGrid(axes: GridAxes): SearchSpace {
  return Object.fromEntries(Object.entries(axes).map(([name, values]) => [name, { min: Math.min(...values), max: Math.max(...values), step: 1 }]));
}

/** Every step of every parameter: the exhaustive grid. */
export function fullGridAxes(space: SearchSpace): GridAxes {
  return Object.fromEntries(Object.entries(space).map(([name, range]) => [name, axisValues(range)]));
}

function evenlySpaced(range: ParameterRange, count: number): number[] {
  if (count <= 1) return [snapToStep((range.min + range.max) / 2, range)];
  const values = Array.from({ length: count }, (_, index) => snapToStep(range.min + ((range.max - range.min) * index) / (count - 1), range));
  return [...new Set(values)];
}

/** A grid of at most `maxCount` points: the same number of evenly spaced levels on every axis, ends included. */
export function coarseGridAxes(space: SearchSpace, maxCount: number): GridAxes {
  const names = Object.keys(space);
  const levels = Math.max(2, Math.floor(Math.max(1, maxCount) ** (1 / Math.max(1, names.length))));
  return Object.fromEntries(names.map((name) => [name, evenlySpaced(space[name]!, Math.min(levels, axisValues(space[name]!).length))]));
}

/** Each axis's values once, in their first order: a value listed twice is one grid level. */
function distinctAxes(axes: GridAxes): GridAxes {
  return Object.fromEntries(Object.entries(axes).map(([name, values]) => [name, [...new Set(values)]]));
}

export function gridSize(axes: GridAxes): number {
  return Object.values(distinctAxes(axes)).reduce((product, values) => product * values.length, 1);
}

/** How coarse an axis index is: 2^level divides it (index 0, the axis start, is the coarsest). */
function coarseness(index: number): number {
  if (index === 0) return 32;
  let level = 0;
  while ((index & (1 << level)) === 0) level++;
  return level;
}

/**
 * Every point of the grid, coarse to fine: first the points whose index on every axis is a multiple
 * of a large power of two (a sparse lattice over the whole space), then each finer lattice. A search
 * that stops early (a target met, a budget spent) has then seen the whole space, not one corner.
 * No point appears twice.
 */
export function gridPoints(grid: GridAxes): StrategyParams[] {
  const axes = distinctAxes(grid);
  const names = Object.keys(axes);
  const lengths = names.map((name) => axes[name]!.length);
  const total = lengths.reduce((product, length) => product * length, 1);
  // Bucketed by coarseness (0 to 32), each bucket in grid order: a stable sort in one pass.
  const buckets: number[][] = Array.from({ length: 33 }, () => []);
  for (let point = 0; point < total; point++) {
    let remainder = point;
    let level = 32;
    for (let axis = names.length - 1; axis >= 0; axis--) {
      level = Math.min(level, coarseness(remainder % lengths[axis]!));
      remainder = Math.floor(remainder / lengths[axis]!);
    }
    buckets[level]!.push(point);
  }
  const points: StrategyParams[] = [];
  const indices = new Int32Array(names.length);
  for (let level = 32; level >= 0; level--) {
    for (const point of buckets[level]!) {
      let remainder = point;
      for (let axis = names.length - 1; axis >= 0; axis--) {
        indices[axis] = remainder % lengths[axis]!;
        remainder = Math.floor(remainder / lengths[axis]!);
      }
      // Parameters in the grid's order, as users write them (short before long).
      const params: StrategyParams = {};
      names.forEach((name, axis) => { params[name] = axes[name]![indices[axis]!]!; });
      points.push(params);
    }
  }
  return points;
}
