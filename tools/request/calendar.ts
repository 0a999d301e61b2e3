/**
 * Calendar arithmetic on `YYYY-MM-DD` strings (UTC, no time of day): what relative dates such as
 * "past 3 years" or "Q1 2023" resolve to.
 */
import { daysInMonth } from '../dates/iso_date.js';

export { daysInMonth, isIsoDate } from '../dates/iso_date.js';

const DAY_MS = 86_400_000;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function fromIsoDate(text: string): CalendarDate {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function addDays(iso: string, days: number): string {
  const { year, month, day } = fromIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Same day-of-month `months` later (or earlier); clamps to the month's last day (Aug 31 − 6 months = Feb 28). */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = fromIsoDate(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return toIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Whole days from `start` to `end` (0 when equal, negative when `end` is earlier). */
export function daysBetween(start: string, end: string): number {
  const a = fromIsoDate(start);
  const b = fromIsoDate(end);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** The first and last day of months `firstMonth`..`lastMonth` (1-based) of `year`. */
export function monthSpan(year: number, firstMonth: number, lastMonth: number): { start: string; end: string } {
  return {
    start: toIsoDate({ year, month: firstMonth, day: 1 }),
    end: toIsoDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  };
}
