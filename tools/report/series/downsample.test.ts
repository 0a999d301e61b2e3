import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsampleMinMax } from './downsample.js';

describe('downsampleMinMax', () => {
  it('keeps a short series whole', () => {
    expect(downsampleMinMax(5, () => 1, 10)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps each bucket\'s extremes: a lone spike in 10,000 flat points survives', () => {
    const values = new Float64Array(10_000).fill(100);
    values[4_321] = 250;
    values[7_777] = 12;
    const kept = downsampleMinMax(values.length, (index) => values[index]!, 1_000);
    expect(kept.length).toBeLessThanOrEqual(1_000);
    expect(kept).toContain(4_321);
    expect(kept).toContain(7_777);
  });

  it('property: indexes increase, first and last stay, the global min and max stay, at most maxPoints', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 3_000 }),
      fc.integer({ min: 4, max: 600 }),
      (values, maxPoints) => {
        const kept = downsampleMinMax(values.length, (index) => values[index]!, maxPoints);
        expect(kept.length).toBeLessThanOrEqual(Math.max(maxPoints, values.length <= maxPoints ? values.length : 0));
        for (let index = 1; index < kept.length; index++) expect(kept[index]!).toBeGreaterThan(kept[index - 1]!);
        expect(kept[0]).toBe(0);
        expect(kept.at(-1)).toBe(values.length - 1);
        const keptValues = kept.map((index) => values[index]!);
        expect(Math.min(...keptValues)).toBe(Math.min(...values));
        expect(Math.max(...keptValues)).toBe(Math.max(...values));
      },
    ));
  });
});
