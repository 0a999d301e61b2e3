import { createNanSeries } from '../nan_series.js';

/** +1 tracks the highest value, −1 the lowest (comparing sign × value turns one into the other). */
export type ExtremeSide = 1 | -1;

/**
 * Highest (side 1) or lowest (side −1) of the `period` values BEFORE each bar, excluding the bar
 * itself, so a breakout rule can compare today's close against it. First value at index `period`.
 *
 * Monotonic deque: it holds indices of the last `period` bars whose values are still candidates,
 * best first; a new value evicts the candidates it beats from the back, and indices that leave the
 * window fall off the front. Every index enters and leaves once: O(n) total, one buffer of
 * period + 1 slots allocated up front.
 */
export function computePriorWindowExtreme(values: Float64Array, period: number, side: ExtremeSide): Float64Array {
  const length = values.length;
  const output = createNanSeries(length, period);
  const capacity = period + 1;
  const deque = new Int32Array(capacity);
  let head = 0;
  let size = 0;
  for (let t = 0; t < length; t++) {
    if (t >= period) {
      while (deque[head]! < t - period) {
        head = head + 1 === capacity ? 0 : head + 1;
        size--;
      }
      output[t] = values[deque[head]!]!;
    }
    const ranked = side * values[t]!;
    while (size > 0) {
      const back = (head + size - 1) % capacity;
      if (side * values[deque[back]!]! > ranked) break;
      size--;
    }
    deque[(head + size) % capacity] = t;
    size++;
  }
  return output;
}
