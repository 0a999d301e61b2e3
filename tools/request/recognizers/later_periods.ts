import type { Token } from '../tokenizer.js';
import { readDatePoint } from './date_points.js';
import { readShortYearPair } from './short_year_ranges.js';

/**
 * "been hodling since 2021 and got rekt would sma 20 50 btc 22-24 have saved me??": a strategy named
 * after a period, with a period of its own written after it in the same run-on clause, asks of that
 * later period; the one before it stays the writer's story (background_periods.ts).
 */
export function asksOfLaterPeriod(tokens: readonly Token[], strategyAt: number, periodEnd: number, clause: readonly number[]): boolean {
  return strategyAt >= periodEnd && clause.some((at) => at > strategyAt && writesPeriodAt(tokens, at));
}

function writesPeriodAt(tokens: readonly Token[], at: number): boolean {
  return readDatePoint(tokens, at)?.point.unmistakable === true || readShortYearPair(tokens, at) !== undefined;
}
