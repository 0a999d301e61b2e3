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
  const { year, month } = civilFromDays(days);
  if (schedule === 'monthly') return year * 12 + month;
  if (schedule === 'quarterly') return year * 4 + Math.floor(month / 3);
  return year;
}

/** Year and zero-based month of a day count since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civilFromDays(days: number): { year: number; month: number } {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 2 : marchMonth - 10;
  return { year: yearOfEra + era * 400 + (month < 2 ? 1 : 0), month };
}

/**
 * 1 at every bar that starts a new period compared with the bar before it (the rebalance days),
 * for bars [from, to] of `time`; bar `from` compares with `from − 1` when it exists.
 */
export function rebalanceStarts(time: Float64Array, from: number, to: number, schedule: RebalanceSchedule): Uint8Array {
  const starts = new Uint8Array(to - from + 1);
  if (schedule === 'none') return starts;
  let previous = from > 0 ? periodKey(time[from - 1]!, schedule) : Number.NaN;
  for (let bar = from; bar <= to; bar++) {
    const key = periodKey(time[bar]!, schedule);
    if (key !== previous) starts[bar - from] = 1;
    previous = key;
  }
  return starts;
}
