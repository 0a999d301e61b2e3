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
 * Returns per block: each block's returns are summed around a shift (the block's first return)
 * and blocks are merged by Chan, Golub and LeVeque's pairwise update. Adds alone carry the loop
 * (no division chain, as Welford's update has), and since the shift is one of the block's own
 * returns, n·(mean − shift)² ≤ the block's sum of squared deviations: the cancellation in
 * Σd² − (Σd)²/n costs at most a factor BLOCK_BARS of rounding, about 3e-14 relative.
 */
const BLOCK_BARS = 128;
/** Relative slack of the cheap drawdown test; the exact ratio decides (see below). */
const DRAWDOWN_SLACK = 1e-12;

/**
 * One pass over the per-bar simple returns r_t = E_t / E_{t−1} − 1 (E_{−1} = the initial capital;
 * after a short blew the account up, equity ≤ 0 is held flat and a ratio of non-positive equities
 * means nothing, so such a bar returns 0): the mean and sample std (blockwise, see BLOCK_BARS),
 * the squared downside shortfall (it needs no mean), the running peak and worst drawdown, and the
 * bars in the market. `invalid_argument` naming the bar when an equity value is not finite.
 */
export function summarizeEquityCurve({ equity, initialCapital, position, riskFreePerBar }: EquityCurveInput): EquityCurveSummary {
  const count = equity.length;
  let previous = initialCapital;
  let mean = 0;
  let sumSquaredDeviations = 0;
  let sumSquaredShortfall = 0;
  let peak = initialCapital;
  let worstDrawdown = 0;
  // value/peak − 1 can only beat the worst drawdown when value < peak·(1 + worst): a multiply-add
  // screens every bar, the division runs on the few that pass; the slack keeps every bar whose
  // exact ratio could be lower, so the result is the same min as dividing at every bar.
  let drawdownScreen = peak * (1 + DRAWDOWN_SLACK);
  let barsInMarket = 0;
  // The first non-finite bar, reported after the loop: no call inside it keeps the JIT's code tight.
  let nonFiniteBar = -1;
  blocks: for (let blockStart = 0; blockStart < count; blockStart += BLOCK_BARS) {
    const blockEnd = Math.min(count, blockStart + BLOCK_BARS);
    let shift = Number.NaN;
    let shiftedSum = 0;
    let shiftedSquares = 0;
    for (let t = blockStart; t < blockEnd; t++) {
      const value = equity[t]!;
      if (!Number.isFinite(value)) {
        nonFiniteBar = t;
        break blocks;
      }
      const barReturn = previous > 0 ? value / previous - 1 : 0;
      previous = value;
      if (t === blockStart) shift = barReturn;
      const deviation = barReturn - shift;
      shiftedSum += deviation;
      shiftedSquares += deviation * deviation;

      // min(excess, 0) without a branch: the sign of the excess is a coin flip, and a mispredicted
      // branch stalls the loop (equal to Math.min unless |excess| > 8.9e307).
      const excess = barReturn - riskFreePerBar;
      const shortfall = (excess - Math.abs(excess)) * 0.5;
      sumSquaredShortfall += shortfall * shortfall;

      if (value > peak) {
        peak = value;
        drawdownScreen = peak * (1 + worstDrawdown) + peak * DRAWDOWN_SLACK;
      } else if (value < drawdownScreen) {
        const drawdown = value / peak - 1;
        if (drawdown < worstDrawdown) {
          worstDrawdown = drawdown;
          drawdownScreen = peak * (1 + worstDrawdown) + peak * DRAWDOWN_SLACK;
        }
      }

      // 1 for long (1) and short (−1 is all ones in two's complement), 0 for flat: no branch.
      barsInMarket += position[t]! & 1;
    }
    const blockCount = blockEnd - blockStart;
    const blockMean = shift + shiftedSum / blockCount;
    const blockSquaredDeviations = Math.max(0, shiftedSquares - (shiftedSum * shiftedSum) / blockCount);
    const merged = blockStart + blockCount;
    const delta = blockMean - mean;
    mean += (delta * blockCount) / merged;
    sumSquaredDeviations += blockSquaredDeviations + (delta * delta * blockStart * blockCount) / merged;
  }
  if (nonFiniteBar >= 0) {
    const value = equity[nonFiniteBar];
    throw new BacktestPilotError('invalid_argument', `equity must be finite at every bar; bar ${nonFiniteBar} is ${value}`, { bar: nonFiniteBar });
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
