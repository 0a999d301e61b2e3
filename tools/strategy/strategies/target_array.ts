import type { TargetContext } from '../types.js';

/**
 * The array a strategy writes its targets into: the caller's reused buffer (whose old values the
 * strategy overwrites, every one), else a fresh zeroed array.
 */
export function targetArray(context: Pick<TargetContext, 'targetBuffer'>, length: number): Int8Array {
  return context.targetBuffer?.(length) ?? new Int8Array(length);
}
