/**
 * An output series before any value is known: NaN marks the warm-up bars [0, firstValueIndex) of
 * every indicator. Only those are filled; the caller writes every bar from `firstValueIndex` on
 * (filling the whole series first would write each of a million bars twice).
 */
export function createNanSeries(length: number, firstValueIndex: number): Float64Array {
  return new Float64Array(length).fill(Number.NaN, 0, Math.min(Math.max(firstValueIndex, 0), length));
}
