/**
 * The simple return of one bar, r_t = E_t / E_{t−1} − 1 (E_{−1} being the initial capital). After
 * a short blows the account up (equity ≤ 0) the engine holds it flat, and a ratio of non-positive
 * equities means nothing, so such a bar returns 0.
 */
export function computeBarReturn(current: number, previous: number): number {
  return previous > 0 ? current / previous - 1 : 0;
}
