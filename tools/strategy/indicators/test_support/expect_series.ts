import { expect } from 'vitest';

/** Number of leading NaN values: an indicator's warm-up as it actually came out. */
export function countLeadingNaN(series: Float64Array): number {
  let count = 0;
  while (count < series.length && Number.isNaN(series[count]!)) count++;
  return count;
}

/**
 * Checks that `actual` is NaN for exactly `warmup` bars and then matches `expected` (a reference
 * library's output, which omits the warm-up) within `relativeTolerance` of the larger magnitude.
 * Returns the largest relative difference seen, so tests can also state how close it really is.
 */
export function expectSeriesMatch(
  actual: Float64Array,
  expected: readonly number[],
  warmup: number,
  relativeTolerance: number,
): number {
  expect(countLeadingNaN(actual)).toBe(warmup);
  expect(actual.length - warmup).toBe(expected.length);
  let largestDifference = 0;
  for (let slot = 0; slot < expected.length; slot++) {
    const mine = actual[warmup + slot]!;
    const theirs = expected[slot]!;
    const scale = Math.max(Math.abs(mine), Math.abs(theirs));
    const difference = scale === 0 ? 0 : Math.abs(mine - theirs) / scale;
    if (!(difference <= relativeTolerance)) {
      expect.fail(`bar ${warmup + slot}: got ${mine}, reference ${theirs} (relative difference ${difference})`);
    }
    largestDifference = Math.max(largestDifference, difference);
  }
  return largestDifference;
}
