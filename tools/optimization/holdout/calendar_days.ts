import { findRangeIndices } from '../../backtest/date_range.js';
import type { DateWindow } from '../../dates/date_window.js';
import { DAY_MS } from '../../data/timestamps.js';
import type { OhlcvSeries } from '../../data/types.js';

/**
 * The UTC days with at least one bar inside a window, oldest first, as YYYY-MM-DD. Splits of a
 * window are made in whole days, so each part is a date range `btp backtest --from --to` can repeat
 * exactly (for daily bars a day is a bar; hourly bars split at midnight).
 */
export function calendarDays(series: OhlcvSeries, range?: DateWindow): string[] {
  const { startIndex, endIndex } = findRangeIndices(series.time, range, series.intervalMs);
  const days: string[] = [];
  let previousDay = Number.NaN;
  for (let index = startIndex; index <= endIndex; index++) {
    const day = Math.floor(series.time[index]! / DAY_MS);
    if (day !== previousDay) days.push(new Date(day * DAY_MS).toISOString().slice(0, 10));
    previousDay = day;
  }
  return days;
}
