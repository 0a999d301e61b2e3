/**
 * Rolling window statistics update in O(1) per bar (add the new value, remove the oldest), but each
 * update rounds and the rounding error is never taken back out: over 1,000,000 bars it accumulates
 * (as a random walk, linearly in the worst case) until it shows in the digits. Recomputing the
 * window from scratch whenever it has been completely replaced, i.e. at bars period−1, 2·period−1,
 * ..., caps the error at that of about 2·period additions, for one extra read per bar amortised.
 * The schedule depends only on the bar index, so a prefix of the data yields the same values as
 * the full run (no look-ahead, reproducible), which Kahan-style compensation would also give but
 * with an error bound that is harder to state.
 *
 * The schedule starts at bar period − 1 (the first value); a caller counts down to the next
 * recompute rather than testing every bar's index, whose integer remainder costs more than the
 * O(1) update itself.
 */
export function nextExactRecomputeBar(exactBar: number, period: number): number {
  return exactBar + period;
}

/** The first bar of the schedule at or after `bar`: where a run that starts at `bar` recomputes. */
export function firstExactRecomputeBarFrom(bar: number, period: number): number {
  const firstExactBar = period - 1;
  return bar <= firstExactBar ? firstExactBar : firstExactBar + Math.ceil((bar - firstExactBar) / period) * period;
}
