/** Mean and sample standard deviation of the returns, shared by volatility, Sharpe and Sortino. */
export interface ReturnSummary {
  count: number;
  mean: number;
  /** Bessel-corrected (divides by N − 1); `null` when N < 2. */
  sampleStd: number | null;
}

/** One pass, Welford's update: stable even when the returns are tiny next to their mean. */
export function summarizeReturns(returns: Float64Array): ReturnSummary {
  let mean = 0;
  let sumSquaredDeviations = 0;
  for (let t = 0; t < returns.length; t++) {
    const value = returns[t]!;
    const delta = value - mean;
    mean += delta / (t + 1);
    sumSquaredDeviations += delta * (value - mean);
  }
  const count = returns.length;
  const sampleStd = count >= 2 ? Math.sqrt(sumSquaredDeviations / (count - 1)) : null;
  return { count, mean, sampleStd };
}
