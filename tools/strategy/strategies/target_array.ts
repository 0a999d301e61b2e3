import type { TargetContext } from '../types.js';
import { uninitializedInt8Array } from '../uninitialized_arrays.js';

/**
 * The array a strategy writes its targets into: the caller's reused buffer, else fresh memory that
 * is not zeroed. Either way it holds old values until the strategy has written every bar.
 */
export function targetArray(context: Pick<TargetContext, 'targetBuffer'>, length: number): Int8Array {
  return context.targetBuffer?.(length) ?? uninitializedInt8Array(length);
}
