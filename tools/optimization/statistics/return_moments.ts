/** Shape of a run's per-bar returns: what the deflated Sharpe ratio corrects a Sharpe ratio for. */
export interface ReturnMoments {
  /** T, the number of returns (one per bar in range). */
  count: number;
  mean: number;
  /** Third standardised moment; 0 for a symmetric distribution. */
  skewness: number;
  /** Fourth standardised moment, NOT excess: 3 for a normal distribution. */
  kurtosis: number;
}

/**
 * Moments of the per-bar simple returns E_t / E_{t−1} − 1, with E_{−1} the initial capital and a
 * non-positive previous equity giving 0, the same returns the Sharpe ratio is computed from.
 * Population (biased) moments, as Bailey & López de Prado use. `null` with fewer than two returns
 * or returns that never vary.
 */
export function computeReturnMoments(equity: Float64Array, initialCapital: number): ReturnMoments | null {
  const count = equity.length;
  if (count < 2) return null;
  const returns = new Float64Array(count);
  let previous = initialCapital;
  let sum = 0;
  for (let t = 0; t < count; t++) {
    returns[t] = previous > 0 ? equity[t]! / previous - 1 : 0;
    previous = equity[t]!;
    sum += returns[t]!;
  }
  const mean = sum / count;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let t = 0; t < count; t++) {
    const deviation = returns[t]! - mean;
    const square = deviation * deviation;
    m2 += square;
    m3 += square * deviation;
    m4 += square * square;
  }
  m2 /= count;
  m3 /= count;
  m4 /= count;
  if (!(m2 > 0)) return null;
  return { count, mean, skewness: m3 / m2 ** 1.5, kurtosis: m4 / (m2 * m2) };
}
