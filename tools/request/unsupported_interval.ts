import { BacktestPilotError } from '../errors.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * Bars a month long are refused, not run on daily bars: a month's length varies, so no data file
 * holds them (tools/data/intervals.ts). "1M" is refused with both of its meanings, since charting
 * sites write a month that way and some tools a minute.
 */
export function checkUnsupportedInterval(placed: readonly PlacedClause[]): BacktestPilotError | undefined {
  for (const { clause } of placed) {
    if (clause.kind !== 'unsupported_interval') continue;
    const minuteToo = /^\d+\s?M$/.test(clause.written);
    const meaning = minuteToo ? `"${clause.written}" could mean one-minute or one-month bars: write 1m (or "1-minute") for minute bars. Monthly bars` : `monthly bars ("${clause.written}")`;
    return new BacktestPilotError('bad_interval', `${meaning} are not supported, since a month's length varies; use weekly (1w) or daily (1d) bars`, { interval: clause.written });
  }
  return undefined;
}
