import { DAY_MS } from './timestamps.js';
import type { AssetClass } from './types.js';

export interface TimeGap {
  /** Last bar before the gap and first bar after it, epoch ms. */
  after: number;
  before: number;
  missingBars: number;
}

export interface GapFindings {
  gaps: TimeGap[];
  /** Equity weekdays without a bar inside short runs: most likely exchange holidays. */
  possibleHolidays: number[];
}

// The longest US market closure in the data is 4 weekdays (2001-09-11 to 09-14); a longer run of
// missing weekdays is missing data, not a holiday.
export const MAX_HOLIDAY_RUN_WEEKDAYS = 4;

function isWeekday(ms: number): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** 24/7 markets and bars longer than a day: every interval step without a bar is missing. */
function findSpacingGaps(time: Float64Array, intervalMs: number, sameDayOnly: boolean): TimeGap[] {
  const gaps: TimeGap[] = [];
  for (let index = 1; index < time.length; index += 1) {
    const after = time[index - 1]!;
    const before = time[index]!;
    if (sameDayOnly && Math.floor(after / DAY_MS) !== Math.floor(before / DAY_MS)) continue;
    const missingBars = Math.round((before - after) / intervalMs) - 1;
    if (missingBars > 0) gaps.push({ after, before, missingBars });
  }
  return gaps;
}

/** Daily equity bars: weekends are never missing; short runs of missing weekdays are holidays. */
function findEquityDailyGaps(time: Float64Array): GapFindings {
  const findings: GapFindings = { gaps: [], possibleHolidays: [] };
  for (let index = 1; index < time.length; index += 1) {
    const after = time[index - 1]!;
    const before = time[index]!;
    const missingWeekdays: number[] = [];
    for (let day = after + DAY_MS; day < before; day += DAY_MS) if (isWeekday(day)) missingWeekdays.push(day);
    if (missingWeekdays.length > MAX_HOLIDAY_RUN_WEEKDAYS) findings.gaps.push({ after, before, missingBars: missingWeekdays.length });
    else findings.possibleHolidays.push(...missingWeekdays);
  }
  return findings;
}

/**
 * Missing bars between consecutive (ascending) bar times. Crypto: any skipped interval step.
 * Daily equities: weekends are not gaps, a missing weekday is a possible holiday, and only a run of
 * more than four missing weekdays is a gap. Intraday equities: only steps skipped within one UTC
 * day count (nights, weekends and holidays are closed sessions).
 */
export function findGaps(time: Float64Array, intervalMs: number, assetClass: AssetClass): GapFindings {
  if (assetClass === 'equity' && intervalMs === DAY_MS) return findEquityDailyGaps(time);
  const sameDayOnly = assetClass === 'equity' && intervalMs < DAY_MS;
  return { gaps: findSpacingGaps(time, intervalMs, sameDayOnly), possibleHolidays: [] };
}
