import { BacktestPilotError } from '../errors.js';
import type { AssetClass } from '../data/types.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;
/** Calendar months last 28 to 31 days; any bar in that band is a monthly bar. */
const SHORTEST_MONTH_MS = 28 * DAY_MS;
const LONGEST_MONTH_MS = 31 * DAY_MS;
const CALENDAR_YEAR_MS = 365.25 * DAY_MS;
const CRYPTO_DAYS_PER_YEAR = 365;
const EQUITY_SESSIONS_PER_YEAR = 252;
/** A regular US equity session, 09:30–16:00. */
const EQUITY_SESSION_MS = 6.5 * HOUR_MS;

/**
 * Bars per year for annualising, from the bar interval: crypto trades every day (365 × bars per
 * day), equities 252 sessions of 6.5 hours. Weekly bars are 52 and monthly 12 for both, as
 * conventionally quoted; other bars of a week or longer scale with calendar time.
 */
export function periodsPerYear(input: { intervalMs: number; assetClass: AssetClass }): number {
  const { intervalMs, assetClass } = input;
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) {
    throw new BacktestPilotError('invalid_argument', `bar interval must be a positive number of milliseconds, got ${intervalMs}`, { interval_ms: intervalMs });
  }
  if (intervalMs >= SHORTEST_MONTH_MS && intervalMs <= LONGEST_MONTH_MS) return 12;
  if (intervalMs === WEEK_MS) return 52;
  if (intervalMs > WEEK_MS) return CALENDAR_YEAR_MS / intervalMs;
  if (assetClass === 'crypto') return (CRYPTO_DAYS_PER_YEAR * DAY_MS) / intervalMs;
  if (intervalMs >= DAY_MS) return (EQUITY_SESSIONS_PER_YEAR * DAY_MS) / intervalMs;
  // An intraday bar longer than the session still closes once per session.
  return EQUITY_SESSIONS_PER_YEAR * Math.max(1, EQUITY_SESSION_MS / intervalMs);
}
