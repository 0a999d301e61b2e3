/** How often a portfolio is brought back to its target weights. */
export const REBALANCE_SCHEDULES = ['none', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type RebalanceSchedule = (typeof REBALANCE_SCHEDULES)[number];

const DAY_MS = 86_400_000;

/**
 * The calendar period (UTC) a bar's open time falls in, as a number that changes exactly when the
 * period does: the day, the ISO week (Monday to Sunday), the month, the quarter or the year. Pure
 * arithmetic (no Date objects): a million-bar portfolio asks once per bar.
 */
export function periodKey(timeMs: number, schedule: Exclude<RebalanceSchedule, 'none'>): number {
  const days = Math.floor(timeMs / DAY_MS);
  if (schedule === 'daily') return days;
  // 1970-01-01 was a Thursday: shifting by 3 makes every key start on a Monday (ISO weeks).
  if (schedule === 'weekly') return Math.floor((days + 3) / 7);
  const months = monthsSinceYearZero(days);
  if (schedule === 'monthly') return months;
  if (schedule === 'quarterly') return Math.floor(months / 3);
  return Math.floor(months / 12);
}

/**
 * year × 12 + zero-based month of a day count since 1970-01-01 (Howard Hinnant's civil_from_days),
 * as one number so the per-bar call allocates nothing.
 */
function monthsSinceYearZero(days: number): number {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 2 : marchMonth - 10;
  return (yearOfEra + era * 400 + (month < 2 ? 1 : 0)) * 12 + month;
}

/** The UTC start of the period after the one `timeMs` falls in. */
function nextPeriodStart(timeMs: number, schedule: Exclude<RebalanceSchedule, 'none'>): number {
  const days = Math.floor(timeMs / DAY_MS);
  if (schedule === 'daily') return (days + 1) * DAY_MS;
  if (schedule === 'weekly') return ((Math.floor((days + 3) / 7) + 1) * 7 - 3) * DAY_MS;
  const date = new Date(timeMs);
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  if (schedule === 'monthly') return Date.UTC(year, month + 1, 1);
  if (schedule === 'quarterly') return Date.UTC(year, month - (month % 3) + 3, 1);
  return Date.UTC(year + 1, 0, 1);
}

/**
 * 1 at every bar that starts a new period compared with the bar before it (the rebalance days),
 * for bars [from, to] of `time`; bar `from` compares with `from − 1` when it exists. Times only
 * rise, so a bar starts a period exactly when it reaches the next period's start: one comparison
 * per bar, one date computation per period.
 */
export function rebalanceStarts(time: Float64Array, from: number, to: number, schedule: RebalanceSchedule): Uint8Array {
  const starts = new Uint8Array(to - from + 1);
  if (schedule === 'none' || to < from) return starts;
  let boundary: number;
  if (from > 0) {
    boundary = nextPeriodStart(time[from - 1]!, schedule);
  } else {
    starts[0] = 1;
    boundary = nextPeriodStart(time[from]!, schedule);
  }
  for (let bar = from > 0 ? from : from + 1; bar <= to; bar++) {
    const value = time[bar]!;
    if (value < boundary) continue;
    starts[bar - from] = 1;
    boundary = nextPeriodStart(value, schedule);
  }
  return starts;
}
