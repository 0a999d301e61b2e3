/**
 * min over t of E_t / running peak − 1, the initial capital being the first peak: 0 or a negative
 * fraction. Equity below zero (a short that blew up) is reported as −1: everything was lost.
 */
export function computeMaxDrawdown(equity: Float64Array, initialCapital: number): number {
  let peak = initialCapital;
  let maxDrawdown = 0;
  for (let t = 0; t < equity.length; t++) {
    const value = equity[t]!;
    if (value > peak) peak = value;
    const drawdown = value / peak - 1;
    if (drawdown < maxDrawdown) maxDrawdown = drawdown;
  }
  return Math.max(maxDrawdown, -1);
}
