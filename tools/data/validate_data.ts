import { BacktestPilotError } from '../errors.js';
import { findGaps } from './find_gaps.js';
import { findOhlcIssues, type OhlcProblem } from './find_ohlc_issues.js';
import { DEFAULT_OUTLIER_RULE, findOutliers, type OutlierRule } from './find_outliers.js';
import { formatBarTime } from './timestamps.js';
import type { AssetClass, OhlcvSeries } from './types.js';

export interface ValidateDataOptions {
  outlierWindow?: number;
  outlierSigma?: number;
  outlierMinAbsLogReturn?: number;
}

export interface DataGap {
  /** Last bar before the gap and first bar after it. */
  after: string;
  before: string;
  missing_bars: number;
}

export interface OhlcIssue {
  timestamp: string;
  problems: OhlcProblem[];
}

export interface OutlierMove {
  timestamp: string;
  previous_timestamp: string;
  log_return: number;
  rolling_std: number;
}

/**
 * Everything `validateData` found. `ok` is false for errors (duplicate or unsorted rows, gaps,
 * OHLC inconsistencies); skipped rows, possible holidays and outlier moves are warnings, since
 * real crashes are outliers too.
 */
export interface DataValidationReport {
  ok: boolean;
  symbol: string;
  quote: string;
  interval: string;
  asset_class: AssetClass;
  file: string;
  bars: number;
  first: string | null;
  last: string | null;
  skipped_rows: number;
  skipped_row_timestamps: string[];
  duplicate_timestamps: string[];
  unsorted_timestamps: string[];
  gaps: DataGap[];
  missing_bars: number;
  possible_holidays: { count: number; dates: string[] };
  ohlc_issues: OhlcIssue[];
  outliers: OutlierMove[];
  outlier_rule: OutlierRule;
}

function resolveOutlierRule(options: ValidateDataOptions): OutlierRule {
  const rule: OutlierRule = {
    window: options.outlierWindow ?? DEFAULT_OUTLIER_RULE.window,
    sigma: options.outlierSigma ?? DEFAULT_OUTLIER_RULE.sigma,
    min_abs_log_return: options.outlierMinAbsLogReturn ?? DEFAULT_OUTLIER_RULE.min_abs_log_return,
  };
  if (!Number.isInteger(rule.window) || rule.window < 2 || !(rule.sigma > 0) || !(rule.min_abs_log_return >= 0)) {
    throw new BacktestPilotError('bad_parameters', `invalid outlier rule ${JSON.stringify(rule)}: window must be an integer ≥ 2, sigma > 0, min_abs_log_return ≥ 0`, { outlier_rule: rule });
  }
  return rule;
}

/** Repeated and out-of-order times still in the columns (a series not built by the loader). */
function findOrderProblems(time: Float64Array): { duplicates: number[]; unsorted: number[] } {
  const duplicates: number[] = [];
  const unsorted: number[] = [];
  let latest = -Infinity;
  for (let index = 0; index < time.length; index += 1) {
    const value = time[index]!;
    if (index > 0 && value === time[index - 1]) duplicates.push(value);
    else if (value < latest) unsorted.push(value);
    latest = Math.max(latest, value);
  }
  return { duplicates, unsorted };
}

function uniqueSorted(times: readonly number[]): number[] {
  return [...new Set(times)].sort((a, b) => a - b);
}

/**
 * Checks a series without changing it: duplicate and unsorted rows (those the loader corrected,
 * from `parseIssues`, and any still in the columns), gaps, OHLC inconsistencies and outlier moves,
 * each with the times involved. JSON-serialisable, snake_case keys.
 */
export function validateData(series: OhlcvSeries, options: ValidateDataOptions = {}): DataValidationReport {
  const rule = resolveOutlierRule(options);
  const { time, close, intervalMs } = series;
  const format = (ms: number) => formatBarTime(ms, intervalMs);
  const inColumns = findOrderProblems(time);
  const parsed = series.parseIssues;
  const duplicates = uniqueSorted([...(parsed?.duplicate_times ?? []), ...inColumns.duplicates]);
  const unsorted = uniqueSorted([...(parsed?.unsorted_times ?? []), ...inColumns.unsorted]);
  const { gaps, possibleHolidays } = findGaps(time, intervalMs, series.assetClass);
  const ohlcIssues = findOhlcIssues(series);
  const report: Omit<DataValidationReport, 'ok'> = {
    symbol: series.symbol,
    quote: series.quote,
    interval: series.interval,
    asset_class: series.assetClass,
    file: series.file,
    bars: time.length,
    first: time.length > 0 ? format(time[0]!) : null,
    last: time.length > 0 ? format(time[time.length - 1]!) : null,
    skipped_rows: parsed?.skipped_rows ?? 0,
    skipped_row_timestamps: parsed?.skipped_row_timestamps ?? [],
    duplicate_timestamps: duplicates.map(format),
    unsorted_timestamps: unsorted.map(format),
    gaps: gaps.map((gap) => ({ after: format(gap.after), before: format(gap.before), missing_bars: gap.missingBars })),
    missing_bars: gaps.reduce((total, gap) => total + gap.missingBars, 0),
    possible_holidays: { count: possibleHolidays.length, dates: possibleHolidays.map(format) },
    ohlc_issues: ohlcIssues.map((issue) => ({ timestamp: format(time[issue.index]!), problems: issue.problems })),
    outliers: findOutliers(close, rule).map((move) => ({
      timestamp: format(time[move.index]!),
      previous_timestamp: format(time[move.previousIndex]!),
      log_return: move.logReturn,
      rolling_std: move.rollingStd,
    })),
    outlier_rule: rule,
  };
  const ok = duplicates.length === 0 && unsorted.length === 0 && gaps.length === 0 && ohlcIssues.length === 0;
  return { ok, ...report };
}
