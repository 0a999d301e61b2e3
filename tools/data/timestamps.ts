import { readIsoDate } from '../dates/iso_date.js';

export const DAY_MS = 86_400_000;

const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const EPOCH_NUMBER = /^\d+(\.\d+)?$/;

// A Unix time between 1973 and 2286 has 9-10 digits in seconds, 12-13 in ms, 15-16 in µs and
// 18-19 in ns, so the magnitude alone tells the unit (Binance switched spot klines to µs in 2025).
const SECONDS_BELOW = 1e11;
const MILLISECONDS_BELOW = 1e14;
const MICROSECONDS_BELOW = 1e17;
const EARLIEST_EPOCH_SECONDS = 1e8;

function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined || offset.toUpperCase() === 'Z') return 0;
  const digits = offset.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Date.UTC rolls 2023-02-30 over into March and 24:00 into the next day, and reads years 0-99 as
 * 1900-1999: such fields are refused instead. Checked by arithmetic, not a Date round trip, since
 * it runs once per CSV row.
 */
function isRealDateTime(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (year < 100 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

function parseIsoTimestamp(match: RegExpExecArray): number {
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset] = match;
  const fields = [Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second)] as const;
  if (!isRealDateTime(...fields)) return Number.NaN;
  const ms = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
  const millis = fraction === '' ? 0 : Math.round(Number(fraction) * 1000);
  return ms + millis - offsetMinutes(offset) * 60_000;
}

function parseEpochNumber(value: number): number {
  if (value < EARLIEST_EPOCH_SECONDS) return Number.NaN;
  if (value < SECONDS_BELOW) return Math.round(value * 1000);
  if (value < MILLISECONDS_BELOW) return Math.round(value);
  if (value < MICROSECONDS_BELOW) return Math.round(value / 1000);
  return Math.round(value / 1_000_000);
}

/**
 * Epoch milliseconds (UTC) of a timestamp as CSV exports write it: an ISO date or date-time (UTC
 * unless it carries an offset), or a Unix time in seconds, ms, µs or ns. NaN when unreadable.
 */
export function parseTimestamp(text: string): number {
  const trimmed = text.trim();
  const iso = ISO_TIMESTAMP.exec(trimmed);
  if (iso) return parseIsoTimestamp(iso);
  return EPOCH_NUMBER.test(trimmed) ? parseEpochNumber(Number(trimmed)) : Number.NaN;
}

/** Epoch ms of a `YYYY-MM-DD` date's UTC midnight; a BacktestPilotError for anything else. */
export function parseIsoDate(text: string, field = 'date'): number {
  return Date.parse(`${readIsoDate(text, field)}T00:00:00Z`);
}

/** Daily and longer bars print as dates (`2024-01-31`), intraday bars as `2024-01-31T13:00:00Z`. */
export function formatBarTime(ms: number, intervalMs: number): string {
  const iso = new Date(ms).toISOString();
  return intervalMs >= DAY_MS ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}
