/** E_end / E_0 − 1, with E_0 the initial capital. */
export function computeTotalReturn(finalEquity: number, initialCapital: number): number {
  return finalEquity / initialCapital - 1;
}
