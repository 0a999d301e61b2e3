import { BacktestPilotError } from '../errors.js';
import { DAY_MS, formatBarTime, parseIsoDate } from '../data/timestamps.js';

import type { DateWindow } from '../dates/date_window.js';

export interface RangeIndices {
  startIndex: number;
  endIndex: number;
  /** True when the data covers only part of the requested window. */
  clipped: boolean;
}

const CALENDAR_SLACK_MS = 4 * DAY_MS;

/** First index whose time is ≥ value (time is strictly increasing). */
function lowerBound(time: Float64Array, value: number): number {
  let low = 0;
  let high = time.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (time[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Bar indices of a date window: bars whose open time falls on or after `start`'s midnight and
 * before the midnight after `end`. Errors when the end precedes the start or no bar falls inside.
 */
export function findRangeIndices(time: Float64Array, range: DateWindow | undefined, intervalMs = DAY_MS): RangeIndices {
  const requestedStart = range?.start === undefined ? -Infinity : parseIsoDate(range.start, 'start');
  const requestedEnd = range?.end === undefined ? Infinity : parseIsoDate(range.end, 'end') + DAY_MS;
  if (requestedEnd <= requestedStart) {
    throw new BacktestPilotError('end_before_start', `end ${range?.end} is before start ${range?.start}; the end date must be on or after the start date`, { start: range?.start, end: range?.end });
  }
  const startIndex = lowerBound(time, requestedStart);
  const endIndex = lowerBound(time, requestedEnd) - 1;
  if (time.length === 0 || startIndex > endIndex) {
    // Formatted only here: grids call this once per candidate and pay for no string on success.
    const first = time.length > 0 ? formatBarTime(time[0]!, intervalMs) : 'nothing';
    const last = time.length > 0 ? formatBarTime(time[time.length - 1]!, intervalMs) : 'nothing';
    throw new BacktestPilotError(
      'out_of_data_range',
      `no data between ${range?.start ?? 'the start'} and ${range?.end ?? 'the end'}; the data covers ${first} to ${last}`,
      { start: range?.start, end: range?.end, data_first: first, data_last: last },
    );
  }
  // Weekends and holidays at either edge are not "missing data": allow a few days of slack.
  const slack = Math.max(intervalMs, CALENDAR_SLACK_MS);
  const clipped =
    (Number.isFinite(requestedStart) && startIndex === 0 && time[0]! - requestedStart > slack) ||
    (Number.isFinite(requestedEnd) && endIndex === time.length - 1 && requestedEnd - (time[endIndex]! + intervalMs) > slack);
  return { startIndex, endIndex, clipped };
}
