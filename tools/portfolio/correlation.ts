/**
 * Pearson correlation matrix of the symbols' return series (all the same length). A symbol whose returns never vary has no correlation: its row and column are null, except 1 on
 * the diagonal.
 */
export function correlationMatrix(returns: readonly Float64Array[]): Array<Array<number | null>> {
  const count = returns.length;
  const length = returns[0]?.length ?? 0;
  const means = returns.map((series) => {
    let sum = 0;
    for (let k = 0; k < length; k++) sum += series[k]!;
    return length > 0 ? sum / length : 0;
  });
  const matrix: Array<Array<number | null>> = [];
  const deviations = returns.map((series, i) => {
    let sum = 0;
    for (let k = 0; k < length; k++) sum += (series[k]! - means[i]!) ** 2;
    return Math.sqrt(sum);
  });
  for (let i = 0; i < count; i++) {
    const row: Array<number | null> = [];
    for (let j = 0; j < count; j++) {
      if (i === j) { row.push(1); continue; }
      const scale = deviations[i]! * deviations[j]!;
      if (!(scale > 0)) { row.push(null); continue; }
      let sum = 0;
      for (let k = 0; k < length; k++) sum += (returns[i]![k]! - means[i]!) * (returns[j]![k]! - means[j]!);
      row.push(Math.max(-1, Math.min(1, sum / scale)));
    }
    matrix.push(row);
  }
  return matrix;
}

/** Each symbol's simple returns between consecutive portfolio bars from..to (to − from values). */
export function calendarReturns(closes: readonly Float64Array[], indices: readonly Int32Array[], from: number, to: number): Float64Array[] {
  return closes.map((close, symbol) => {
    const index = indices[symbol]!;
    const returns = new Float64Array(Math.max(0, to - from));
    for (let bar = from + 1; bar <= to; bar++) returns[bar - from - 1] = close[index[bar]!]! / close[index[bar - 1]!]! - 1;
    return returns;
  });
}
