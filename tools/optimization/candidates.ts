import type { ParameterRange, SearchSpace, StrategyParams } from '../strategy/types.js';

/** Snaps a value onto the range's step grid and inside its bounds. */
function snap(value: number, range: ParameterRange): number {
  const steps = Math.round((value - range.min) / range.step);
  const snapped = range.min + steps * range.step;
  const bounded = Math.min(range.max, Math.max(range.min, snapped));
  // Round away float noise (0.1 steps) so parameters print as the user would write them.
  return Number(bounded.toFixed(10));
}

function evenlySpaced(range: ParameterRange, count: number): number[] {
  if (count <= 1) return [snap((range.min + range.max) / 2, range)];
  const values = Array.from({ length: count }, (_, index) => snap(range.min + ((range.max - range.min) * index) / (count - 1), range));
  return [...new Set(values)];
}

function cartesian(names: readonly string[], valuesByName: ReadonlyArray<readonly number[]>): StrategyParams[] {
  return valuesByName.reduce<StrategyParams[]>(
    (combinations, values, index) => combinations.flatMap((partial) => values.map((value) => ({ ...partial, [names[index]!]: value }))),
    [{}],
  );
}

/** A coarse grid with at most `maxCount` points: the same number of levels on every axis. */
export function coarseGrid(space: SearchSpace, maxCount: number): StrategyParams[] {
  const names = Object.keys(space);
  if (names.length === 0) return [{}];
  const levels = Math.max(2, Math.floor(maxCount ** (1 / names.length)));
  return cartesian(names, names.map((name) => evenlySpaced(space[name]!, levels)));
}

/**
 * Points around `center`: each parameter moved by up to `radius` × its range (snapped), drawn with
 * the given seeded random source, plus the axis neighbours one step either side.
 */
export function neighbourhood(
  space: SearchSpace, center: StrategyParams, radius: number, count: number, random: () => number,
): StrategyParams[] {
  const names = Object.keys(space);
  const points: StrategyParams[] = [];
  for (const name of names) {
    const range = space[name]!;
    for (const direction of [-1, 1]) points.push({ ...center, [name]: snap(center[name]! + direction * range.step, range) });
  }
  while (points.length < count) {
    const point: StrategyParams = {};
    for (const name of names) {
      const range = space[name]!;
      const offset = (random() * 2 - 1) * radius * (range.max - range.min);
      point[name] = snap(center[name]! + offset, range);
    }
    points.push(point);
  }
  return points;
}

/** Removes duplicates (same values for every parameter), keeping the first. */
export function uniqueCandidates(candidates: readonly StrategyParams[]): StrategyParams[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = JSON.stringify(Object.entries(candidate).sort(([a], [b]) => a.localeCompare(b)));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Deterministic PRNG (mulberry32): the same seed gives the same candidates. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}
