import { formatBarTime } from './timestamps.js';
import type { OhlcvSeries } from './types.js';
import { validateData } from './validate_data.js';

/** What the pipeline keeps about each loaded series (the columns stay in the loader's cache). */
export interface MarketDataSummary {
  symbol: string;
  file: string;
  sha256: string;
  interval: string;
  first: string;
  last: string;
  bars: number;
  data_ok: boolean;
  /** Plain-words findings of validateData worth telling the user (gaps, OHLC errors, outliers). */
  data_notes: string[];
}

export function summarizeMarketData(series: OhlcvSeries): MarketDataSummary {
  const report = validateData(series);
  const notes: string[] = [];
  if (report.gaps.length > 0) notes.push(`${report.gaps.length} gap(s) in ${series.file} (${report.missing_bars} missing bars)`);
  if (report.ohlc_issues.length > 0) notes.push(`${report.ohlc_issues.length} bar(s) with inconsistent OHLC values in ${series.file}`);
  if (report.duplicate_timestamps.length > 0) notes.push(`${report.duplicate_timestamps.length} duplicate timestamp(s) in ${series.file}`);
  if (report.skipped_rows > 0) notes.push(`${report.skipped_rows} unreadable row(s) skipped in ${series.file}`);
  const last = series.time.length - 1;
  return {
    symbol: series.symbol, file: series.file, sha256: series.sha256, interval: series.interval,
    first: formatBarTime(series.time[0]!, series.intervalMs), last: formatBarTime(series.time[last]!, series.intervalMs),
    bars: series.time.length, data_ok: report.ok, data_notes: notes,
  };
}
