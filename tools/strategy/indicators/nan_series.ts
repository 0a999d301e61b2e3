import { uninitializedFloat64Array } from '../uninitialized_arrays.js';

/**
 * An output series before any value is known: NaN marks the warm-up bars [0, firstValueIndex) of
 * every indicator. Only those are filled and the rest is not even zeroed: the caller must write
 * every bar from `firstValueIndex` on (the indicator contract and reference tests hold each
 * indicator to that).
 */
export function createNanSeries(length: number, firstValueIndex: number): Float64Array {
  return uninitializedFloat64Array(length).fill(Number.NaN, 0, Math.min(Math.max(firstValueIndex, 0), length));
}
