import { uninitializedFloat64Array } from '../../uninitialized_arrays.js';
import { firstExactRecomputeBarFrom, nextExactRecomputeBar } from '../exact_recompute.js';
import type { IndicatorStream } from '../indicator_stream.js';

/**
 * Simple moving average: the mean of the last `period` values, first value at index period − 1.
 * One pass with a rolling sum, recomputed exactly once per window (see exact_recompute.ts).
 */
export function computeSma(values: Float64Array, period: number): Float64Array {
  const output = uninitializedFloat64Array(values.length);
  new SmaStream(values, period).fill(output, 0, values.length);
  return output;
}

/** computeSma a block of bars at a time (see IndicatorStream); NaN before bar period − 1. */
export class SmaStream implements IndicatorStream {
  // The rolling sum carried from block to block; NaN until the first window is summed (a double
  // from the start, so the field never changes representation under the optimised code).
  private windowSum = Number.NaN;

  constructor(private readonly values: Float64Array, private readonly period: number) {}

  fill(output: Float64Array, from: number, to: number): void {
    const firstValueBar = Math.min(to, Math.max(from, this.period - 1));
    output.fill(Number.NaN, 0, firstValueBar - from);
    if (firstValueBar < to) this.windowSum = rollWindowMean(this.values, this.period, output, from, firstValueBar, to, this.windowSum);
  }
}

/**
 * The loop itself, writing bars [start, to) to output[start − from …], from the rolling sum of the
 * window ending at bar start − 1 (`carriedSum`); returns the sum of the window ending at bar to − 1.
 * A function of its arguments alone: nothing follows the loop that the optimised code lacks
 * feedback for.
 *
 * The exact recompute at a scheduled bar sums the window in order from 0; that window is the
 * stretch of bars since the previous scheduled bar, so `freshSum` adds each bar as the rolling sum
 * passes it: the same additions in the same order (the same bits), on a chain of its own that the
 * CPU overlaps with the rolling one instead of a second pass over the window.
 */
function rollWindowMean(
  values: Float64Array, period: number, output: Float64Array, from: number, start: number, to: number, carriedSum: number,
): number {
  // An arithmetic result, which the JIT keeps unboxed: the parameter itself, reassigned in the
  // loop, was boxed at every bar (16 bytes of garbage per bar).
  let windowSum = carriedSum + 0;
  let t = start;
  let exactBar = firstExactRecomputeBarFrom(start, period);
  // A block that starts inside a window first sums the bars of it that came before the block.
  let freshSum = 0;
  for (let k = exactBar - period + 1; k < t; k++) freshSum += values[k]!;
  while (t < to) {
    for (const stretchEnd = Math.min(to, exactBar); t < stretchEnd; t++) {
      const added = values[t]!;
      windowSum += added - values[t - period]!;
      freshSum += added;
      output[t - from] = windowSum / period;
    }
    if (t < to) {
      windowSum = freshSum + values[t]!;
      freshSum = 0;
      output[t - from] = windowSum / period;
      exactBar = nextExactRecomputeBar(exactBar, period);
      t++;
    }
  }
  return windowSum;
}
