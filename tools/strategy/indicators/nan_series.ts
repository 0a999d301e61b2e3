/** An output series before any value is known: NaN marks the warm-up bars of every indicator. */
export function createNanSeries(length: number): Float64Array {
  return new Float64Array(length).fill(Number.NaN);
}
