import { BacktestPilotError } from '../errors.js';

/**
 * Everything the return, drawdown and exposure metrics need from a run, gathered in ONE pass over
 * the equity curve without materialising the returns (one return per bar in range).
 */
export interface EquityCurveSummary {
  /** N, the bars in range. */
  count: number;
  /** Mean per-bar return. */
  mean: number;
  /** Bessel-corrected (divides by N − 1); `null` when N < 2. */
  sampleStd: number | null;
  /** rf / ppy: the per-bar return Sharpe measures the excess over, and Sortino's downside target. */
  riskFreePerBar: number;
  /** √(Σ min(r − riskFreePerBar, 0)² / N) over all N bars; `null` when N = 0. */
  downsideDeviation: number | null;
  /** min over t of E_t / running peak − 1, the initial capital being the first peak; ≤ 0, unclamped. */
  worstDrawdown: number;
  /** Bars whose position is not flat. */
  barsInMarket: number;
}

export interface EquityCurveInput {
  /** Equity at each close of the N bars in range; must be finite. */
  equity: Float64Array;
  initialCapital: number;
  /** Position held at each close, one per bar of `equity` (the caller checks the lengths). */
  position: Int8Array;
  riskFreePerBar: number;
}

/**
 * One pass over the per-bar simple returns r_t = E_t / E_{t−1} − 1 (E_{−1} = the initial capital;
 * after a short blew the account up, equity ≤ 0 is held flat and a ratio of non-positive equities
 * means nothing, so such a bar returns 0): Welford's update for the mean and sample std (stable
 * even when the returns are tiny next to their mean), the squared downside shortfall (it needs no
 * mean), the running peak, and the bars in the market. `bad_input` naming the bar when an equity
 * value is not finite.
 */
export function summarizeEquityCurve({ equity, initialCapital, position, riskFreePerBar }: EquityCurveInput): EquityCurveSummary {
  const count = equity.length;
  let previous = initialCapital;
  let mean = 0;
  let sumSquaredDeviations = 0;
  let sumSquaredShortfall = 0;
  let peak = initialCapital;
  let worstDrawdown = 0;
  let barsInMarket = 0;
  // The first non-finite bar, reported after the loop: no call inside it keeps the JIT's code tight.
  let nonFiniteBar = -1;
  for (let t = 0; t < count; t++) {
    const value = equity[t]!;
    if (!Number.isFinite(value)) {
      nonFiniteBar = t;
      break;
    }
    const barReturn = previous > 0 ? value / previous - 1 : 0;
    previous = value;

    const delta = barReturn - mean;
    mean += delta / (t + 1);
    sumSquaredDeviations += delta * (barReturn - mean);

    // min(excess, 0) without a branch: the sign of the excess is a coin flip, and a mispredicted
    // branch stalls the division chain above (equal to Math.min unless |excess| > 8.9e307).
    const excess = barReturn - riskFreePerBar;
    const shortfall = (excess - Math.abs(excess)) * 0.5;
    sumSquaredShortfall += shortfall * shortfall;

    peak = Math.max(peak, value);
    worstDrawdown = Math.min(worstDrawdown, value / peak - 1);

    if (position[t] !== 0) barsInMarket++;
  }
  if (nonFiniteBar >= 0) {
    const value = equity[nonFiniteBar];
    throw new BacktestPilotError('bad_input', `equity must be finite at every bar; bar ${nonFiniteBar} is ${value}`, { bar: nonFiniteBar });
  }
  return {
    count,
    mean,
    sampleStd: count >= 2 ? Math.sqrt(sumSquaredDeviations / (count - 1)) : null,
    riskFreePerBar,
    downsideDeviation: count > 0 ? Math.sqrt(sumSquaredShortfall / count) : null,
    worstDrawdown,
    barsInMarket,
  };
}
