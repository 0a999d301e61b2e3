/** Mean and sample covariance (ddof 1) of per-bar simple returns, one series per symbol. */
export interface ReturnStatistics {
  count: number;
  /** Arithmetic mean per bar. */
  mean: Float64Array;
  /** count × count, row-major. */
  covariance: Float64Array;
  /** Returns per series. */
  samples: number;
}

export function returnStatistics(returns: readonly Float64Array[]): ReturnStatistics {
  const count = returns.length;
  const samples = returns[0]?.length ?? 0;
  const mean = Float64Array.from(returns, (series) => {
    let sum = 0;
    for (let k = 0; k < samples; k++) sum += series[k]!;
    return sum / samples;
  });
  const covariance = new Float64Array(count * count);
  for (let i = 0; i < count; i++) {
    for (let j = i; j < count; j++) {
      let sum = 0;
      const a = returns[i]!;
      const b = returns[j]!;
      const ma = mean[i]!;
      const mb = mean[j]!;
      for (let k = 0; k < samples; k++) sum += (a[k]! - ma) * (b[k]! - mb);
      covariance[i * count + j] = covariance[j * count + i] = sum / (samples - 1);
    }
  }
  return { count, mean, covariance, samples };
}

/** wᵀΣw. */
export function portfolioVariance(covariance: Float64Array, weights: Float64Array): number {
  const n = weights.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let j = 0; j < n; j++) row += covariance[i * n + j]! * weights[j]!;
    sum += weights[i]! * row;
  }
  return sum;
}

export function portfolioMean(mean: Float64Array, weights: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += mean[i]! * weights[i]!;
  return sum;
}

/** Each symbol's share of the variance, w_i·(Σw)_i / wᵀΣw; they sum to 1. */
export function riskContributions(covariance: Float64Array, weights: Float64Array): Float64Array {
  const n = weights.length;
  const total = portfolioVariance(covariance, weights);
  return Float64Array.from(weights, (weight, i) => {
    let row = 0;
    for (let j = 0; j < n; j++) row += covariance[i * n + j]! * weights[j]!;
    return total > 0 ? (weight * row) / total : 0;
  });
}
