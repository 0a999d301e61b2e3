/**
 * An indicator produced a stretch of bars at a time. `fill(output, from, to)` writes the values of
 * bars [from, to) to output[0, to − from), carrying its running state on to the next call; calls
 * must cover the bars in order from bar 0. The whole-series functions (computeSma, computeEma) are
 * one call over every bar, so a series built from blocks equals theirs bit for bit. A lone
 * backtest over a long history reads its indicators this way, block by block through small scratch
 * arrays, instead of allocating (and later collecting) a whole series it would read only once.
 */
export interface IndicatorStream {
  fill(output: Float64Array, from: number, to: number): void;
}
