import type { ClosedDateWindow, DateWindow } from '../../dates/date_window.js';
import type { OhlcvSeries } from '../../data/types.js';
import { BacktestPilotError } from '../../errors.js';
import { calendarDays } from './calendar_days.js';

/** Default share of the window held out of the search: the last 30 %. */
export const DEFAULT_HOLDOUT_FRACTION = 0.3;
/** Fewest days either part may have: a Sharpe ratio needs returns to vary. */
export const MIN_DAYS_PER_PART = 2;

export interface SampleSplit {
  in_sample: ClosedDateWindow;
  out_of_sample: ClosedDateWindow;
  holdout_fraction: number;
}

export function assertHoldoutFraction(fraction: number): void {
  if (!(fraction > 0 && fraction < 1)) {
    throw new BacktestPilotError('bad_parameters', `the held-out share must be a fraction above 0 and below 1 (e.g. 0.3 for the last 30 %), got ${fraction}`, {
      holdout_fraction: fraction,
    });
  }
}

/**
 * Splits the window into an in-sample part the search may look at and the out-of-sample part it
 * never sees: the last `holdoutFraction` of the window's days (rounded, at least MIN_DAYS_PER_PART
 * each). `insufficient_history` when the window is too short to split.
 */
export function splitInSample(series: OhlcvSeries, range?: DateWindow, holdoutFraction = DEFAULT_HOLDOUT_FRACTION): SampleSplit {
  assertHoldoutFraction(holdoutFraction);
  const days = calendarDays(series, range);
  const outOfSampleDays = Math.round(days.length * holdoutFraction);
  const inSampleDays = days.length - outOfSampleDays;
  if (outOfSampleDays < MIN_DAYS_PER_PART || inSampleDays < MIN_DAYS_PER_PART) {
    throw new BacktestPilotError(
      'insufficient_history',
      `${series.symbol} has ${days.length} day(s) of data from ${days[0]} to ${days.at(-1)}; holding out ${Math.round(holdoutFraction * 100)}% ` +
        `needs at least ${MIN_DAYS_PER_PART} days in each part; choose a longer window`,
      { symbol: series.symbol, days: days.length, holdout_fraction: holdoutFraction },
    );
  }
  return {
    in_sample: { start: days[0]!, end: days[inSampleDays - 1]! },
    out_of_sample: { start: days[inSampleDays]!, end: days.at(-1)! },
    holdout_fraction: holdoutFraction,
  };
}
