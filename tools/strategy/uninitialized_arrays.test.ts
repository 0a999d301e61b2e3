import { describe, expect, it } from 'vitest';
import { uninitializedFloat64Array, uninitializedInt8Array } from './uninitialized_arrays.js';

describe('uninitialized typed arrays', () => {
  it('have exactly the length asked for, each on a buffer of its own (never a slice of a shared pool)', () => {
    for (const length of [0, 1, 7, 512, 100_000]) {
      const values = uninitializedFloat64Array(length);
      const flags = uninitializedInt8Array(length);
      expect(values).toBeInstanceOf(Float64Array);
      expect(flags).toBeInstanceOf(Int8Array);
      expect([values.length, flags.length]).toEqual([length, length]);
      // A pooled slice would share its ArrayBuffer: posting or transferring it would take the pool along.
      expect([values.byteOffset, values.buffer.byteLength]).toEqual([0, length * 8]);
      expect([flags.byteOffset, flags.buffer.byteLength]).toEqual([0, length]);
    }
    expect(uninitializedFloat64Array(4).buffer).not.toBe(uninitializedFloat64Array(4).buffer);
  });
});
