import { z } from 'zod';
import { BacktestPilotError } from '../errors.js';

/**
 * The one strict validator of calendar dates (`YYYY-MM-DD`, UTC). Every entry point uses it:
 * `--from/--to`, `--today`, `BTP_TODAY`, the request language, the stores' schemas. A pattern
 * alone lets 2021-02-31 through; this checks the calendar too.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const ISO_DATE_RULE = 'a real date as YYYY-MM-DD, e.g. 2021-01-31';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written as `YYYY-MM-DD` (rejects 2023-02-30 and 2021-13-01). */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * The zod schema of a date field, for every input and stored record that holds one. The pattern
 * stays in the JSON schema the model sees; the calendar check refuses 2021-02-31.
 */
export const IsoDateSchema = z.string().regex(ISO_DATE, ISO_DATE_RULE).refine(isIsoDate, ISO_DATE_RULE);

/** `text` when it is a real date; else `bad_date` naming where it came from (`--from`, `BTP_TODAY`, ...). */
export function readIsoDate(text: string, source: string): string {
  if (isIsoDate(text)) return text;
  throw new BacktestPilotError('bad_date', `${source} "${text}" is not a valid date; use YYYY-MM-DD, e.g. 2021-01-31`, { field: source, value: text });
}
