import { Buffer } from 'node:buffer';

/**
 * Typed arrays whose memory is not zeroed first, for arrays the caller writes in full before
 * anything reads them (the engine's outputs, a strategy's targets, an indicator's values). Zeroing
 * a million-bar series costs as much as computing it, and zeroed allocations are what keeps glibc
 * faulting in fresh pages between runs; measured on a 1,000,000-bar backtest, fresh arrays then
 * cost no more than reused ones. An array that were not written in full would show old values,
 * so only code that visibly writes every slot may use these.
 */
export function uninitializedFloat64Array(length: number): Float64Array {
  return new Float64Array(Buffer.allocUnsafeSlow(length * Float64Array.BYTES_PER_ELEMENT).buffer, 0, length);
}

/** See uninitializedFloat64Array. */
export function uninitializedInt8Array(length: number): Int8Array {
  return new Int8Array(Buffer.allocUnsafeSlow(length).buffer, 0, length);
}
