/**
 * The rule of every "long while A is above B" strategy: 1 where series > baseline, −1 where
 * series < baseline (only when shorting is allowed, else 0), 0 when equal or when either side is
 * still warming up (NaN compares false both ways, so warm-up bars come out flat).
 */
export function compareTargets(series: Float64Array, baseline: Float64Array | number, allowShort: boolean): Int8Array {
  const targets = new Int8Array(series.length);
  const short = allowShort ? -1 : 0;
  for (let t = 0; t < series.length; t++) {
    const level = typeof baseline === 'number' ? baseline : baseline[t]!;
    const value = series[t]!;
    if (value > level) targets[t] = 1;
    else if (value < level) targets[t] = short;
  }
  return targets;
}
