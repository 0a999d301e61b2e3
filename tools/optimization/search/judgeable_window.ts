import { findRangeIndices } from '../../backtest/date_range.js';
import type { DateWindow } from '../../dates/date_window.js';
import { formatBarTime } from '../../data/timestamps.js';
import type { OhlcvSeries } from '../../data/types.js';
import { BacktestPilotError } from '../../errors.js';
import { MIN_JUDGED_BARS } from '../../risk/short_runs.js';
import { getStrategy } from '../../strategy/registry.js';
import type { StrategyParams } from '../../strategy/types.js';


/** The fewest bars an in-sample window may have: the strategy's warm-up plus MIN_JUDGED_BARS. */
export function minimumInSampleBars(strategy: string, params: StrategyParams): number {
  return getStrategy(strategy).warmupBars(params) + MIN_JUDGED_BARS;
}

/**
 * Refuses, with `insufficient_data` naming the window and the minimum, to search a window too short
 * to judge: optimisation, each walk-forward training window and the agents' search all pass here.
 */
export function assertJudgeableInSample(series: OhlcvSeries, window: DateWindow | undefined, strategy: string, params: StrategyParams): void {
  const { startIndex, endIndex } = findRangeIndices(series.time, window, series.intervalMs);
  const bars = endIndex - startIndex + 1;
  const minimum = minimumInSampleBars(strategy, params);
  if (bars >= minimum) return;
  const start = formatBarTime(series.time[startIndex]!, series.intervalMs);
  const end = formatBarTime(series.time[endIndex]!, series.intervalMs);
  throw new BacktestPilotError(
    'insufficient_data',
    `${series.symbol}: the in-sample window ${start} to ${end} has ${bars} bars; optimising ${strategy} needs at least ${minimum} ` +
      `(its warm-up of ${minimum - MIN_JUDGED_BARS} bars plus ${MIN_JUDGED_BARS} to judge a result); widen the window or hold out less`,
    { symbol: series.symbol, strategy, window: { start, end }, bars, minimum_bars: minimum },
  );
}
