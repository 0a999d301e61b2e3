/**
 * Questions about saved runs the memory tools would answer with something other than what was
 * asked: "which saved run has the best omega ratio" would come back ranked by the Sharpe ratio, and
 * "the runs I did in 2027" would come back as an empty list, as if none had been made. Each is
 * refused with the error code and wording a request gets for the same thing (unknown_metric,
 * future_dates), never answered with a fallback. "my best sharpe on btc in 2022" names the dates a
 * backtest covered, which saved runs cannot be filtered by (data_window).
 */
import type { ErrorCode } from '../../errors.js';
import { METRIC_KEYS } from '../../risk/types.js';

export interface RefusedQuestion {
  tool: 'refused_question';
  args: Record<string, never>;
  error: { code: Extract<ErrorCode, 'unknown_metric' | 'future_dates' | 'data_window'>; message: string };
}

/** The future_dates wording shared with requests (validate_request_spec.ts). */
export function futureDatesMessage(late: string, today: string): string {
  return `the range reaches ${late}, after today (${today}); use dates up to ${today}`;
}

/** "my best omega ratio": `written` as the user wrote it, with the metrics a ranking can use. */
export function unknownRankingMetric(written: string): RefusedQuestion {
  const message = `"${written}" is not a metric a run reports, so saved runs cannot be ranked by it; rankings can use ${METRIC_KEYS.join(', ')}`
    + ' (or their usual names, e.g. sharpe, max drawdown, win rate)';
  return { tool: 'refused_question', args: {}, error: { code: 'unknown_metric', message } };
}

/** Days runs were made in that lie wholly after today ("in 2027"); undefined for a window that starts by today. */
export function futureWindow(window: { start?: string; end?: string }, today: string): RefusedQuestion | undefined {
  if (window.start === undefined || window.start <= today) return undefined;
  return { tool: 'refused_question', args: {}, error: { code: 'future_dates', message: futureDatesMessage(window.end ?? window.start, today) } };
}

/** "in 2022" in "my best sharpe on btc in 2022": `written` as the user wrote it, with how to ask instead. */
export function dataWindowRefusal(written: string): RefusedQuestion {
  const message = `saved runs can be filtered by the days they were made, not by the dates their backtests covered, so "${written}" cannot narrow them;`
    + ` ask for the runs made then (e.g. "the runs I did ${written}"), or leave the dates out to search every saved run`;
  return { tool: 'refused_question', args: {}, error: { code: 'data_window', message } };
}
