import { describe, expect, it } from 'vitest';
import { coarseGridAxes, fullGridAxes, gridPoints, gridSize } from './grid_axes.js';

describe('grid points', () => {
  it('lists every point once, coarse to fine, parameters in the grid order', () => {
    // Axis indices 0..4 × 0..2; an index's coarseness is the power of two dividing it (index 0 the
    // coarsest), a point's the smaller of its two. Levels: (0,0) top; (4,0) 2; (0,2), (2,0), (2,2),
    // (4,2) 1, in grid order; the rest 0.
    const points = gridPoints({ a: [10, 11, 12, 13, 14], b: [1, 2, 3] });
    expect(points).toHaveLength(15);
    expect(new Set(points.map((point) => `${point.a},${point.b}`)).size).toBe(15);
    expect(points.slice(0, 4)).toEqual([{ a: 10, b: 1 }, { a: 14, b: 1 }, { a: 10, b: 3 }, { a: 12, b: 1 }]);
    expect(Object.keys(points[0]!)).toEqual(['a', 'b']);
  });

  it('sizes the full grid of a space and keeps a coarse one within its budget, ends included', () => {
    const space = { short: { min: 5, max: 100, step: 1 }, long: { min: 20, max: 300, step: 5 } };
    expect(gridSize(fullGridAxes(space))).toBe(96 * 57);
    const coarse = coarseGridAxes(space, 48);
    expect(gridSize(coarse)).toBeLessThanOrEqual(48);
    expect(coarse.short![0]).toBe(5);
    expect(coarse.long!.at(-1)).toBe(300);
  });
});
