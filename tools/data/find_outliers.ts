/** The outlier rule's parameters, as the validation report prints them. */
export interface OutlierRule {
  /** Returns in the rolling window the standard deviation is taken over. */
  window: number;
  /** A move must exceed this many rolling standard deviations ... */
  sigma: number;
  /** ... and this absolute close-to-close log return (0.1 ≈ a 10 % move). */
  min_abs_log_return: number;
}

export const DEFAULT_OUTLIER_RULE: Readonly<OutlierRule> = Object.freeze({ window: 30, sigma: 6, min_abs_log_return: 0.1 });

export interface OutlierFinding {
  index: number;
  previousIndex: number;
  logReturn: number;
  rollingStd: number;
}

/** Sample standard deviation of the last `size` values pushed; NaN until that many have been. */
class RollingStd {
  private readonly values: Float64Array;
  private filled = 0;
  private next = 0;
  private sum = 0;
  private sumOfSquares = 0;

  constructor(size: number) {
    this.values = new Float64Array(size);
  }

  push(value: number): void {
    if (this.filled === this.values.length) {
      const dropped = this.values[this.next]!;
      this.sum -= dropped;
      this.sumOfSquares -= dropped * dropped;
    } else {
      this.filled += 1;
    }
    this.values[this.next] = value;
    this.sum += value;
    this.sumOfSquares += value * value;
    this.next = (this.next + 1) % this.values.length;
  }

  std(): number {
    const count = this.filled;
    if (count < this.values.length) return Number.NaN;
    return Math.sqrt(Math.max(0, (this.sumOfSquares - (this.sum * this.sum) / count) / (count - 1)));
  }
}

/**
 * Close-to-close moves that are extreme for their own recent history: |ln(close / previous close)|
 * above `sigma` sample standard deviations of the previous `window` returns AND above the absolute
 * floor (so a calm market's ordinary 2 % day is not flagged). Flagged returns are kept out of the
 * window, so a bad print does not hide the jump back. No bar is flagged before a full window;
 * bars with a non-positive or non-finite close are skipped. One pass, O(window) memory.
 */
export function findOutliers(close: Float64Array, rule: OutlierRule = DEFAULT_OUTLIER_RULE): OutlierFinding[] {
  const findings: OutlierFinding[] = [];
  const window = new RollingStd(rule.window);
  let previousIndex = -1;
  for (let index = 0; index < close.length; index += 1) {
    const price = close[index]!;
    if (!(price > 0 && Number.isFinite(price))) continue;
    const logReturn = previousIndex >= 0 ? Math.log(price / close[previousIndex]!) : Number.NaN;
    // A ratio beyond the float range has no measurable size; OHLC checks are left to judge such prices.
    if (Number.isFinite(logReturn)) {
      const rollingStd = window.std();
      const magnitude = Math.abs(logReturn);
      if (magnitude > rule.sigma * rollingStd && magnitude > rule.min_abs_log_return) findings.push({ index, previousIndex, logReturn, rollingStd });
      else window.push(logReturn);
    }
    previousIndex = index;
  }
  return findings;
}
