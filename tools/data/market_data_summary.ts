import { z } from 'zod';
import { builtBarsNote } from './build_bars.js';
import { SeriesProvenanceSchema } from './provenance.js';
import { ROW_RULE_TEXT } from './row_rules.js';
import { formatBarTime } from './timestamps.js';
import type { OhlcvSeries } from './types.js';
import { validateData } from './validate_data.js';

/** What the pipeline keeps about each loaded series (the columns stay in the loader's cache). */
export const MarketDataSummarySchema = z.object({
  symbol: z.string().min(1),
  file: z.string().min(1),
  sha256: z.string(),
  interval: z.string().min(1),
  first: z.string(),
  last: z.string(),
  bars: z.number().int().min(0),
  data_ok: z.boolean(),
  /** Plain-words findings of validateData worth telling the user (gaps, OHLC errors, outliers). */
  data_notes: z.array(z.string()),
  /** Which source served the series and the digest of what was read: the only trace of where it came from. */
  provenance: SeriesProvenanceSchema.optional(),
}).strict();
export type MarketDataSummary = z.output<typeof MarketDataSummarySchema>;

// Every dropped row is named; past this many, the rest are counted so notes stay readable.
const MAX_DROPPED_ROWS_NAMED = 20;

export function summarizeMarketData(series: OhlcvSeries): MarketDataSummary {
  const report = validateData(series);
  const notes: string[] = [];
  const built = series.builtFrom;
  if (built) {
    const incomplete = built.incompleteBuckets > 0 ? `; ${built.incompleteBuckets} incomplete ${series.interval} bucket(s) between complete ones left out, as gaps` : '';
    notes.push(`${builtBarsNote(series.interval, built.interval, series.file)}${incomplete}`);
  }
  // A built series' gaps are counted in its own bars, not the file's.
  const barsOf = built ? `the ${series.interval} bars built from ${series.file}` : series.file;
  if (report.gaps.length > 0) notes.push(`${report.gaps.length} gap(s) in ${barsOf} (${report.missing_bars} missing bars)`);
  if (report.ohlc_issues.length > 0) notes.push(`${report.ohlc_issues.length} bar(s) with inconsistent OHLC values in ${series.file}`);
  if (report.duplicate_timestamps.length > 0) notes.push(`${report.duplicate_timestamps.length} duplicate timestamp(s) in ${series.file}`);
  if (report.skipped_rows > 0) notes.push(`${report.skipped_rows} unreadable row(s) skipped in ${series.file}`);
  const dropped = series.parseIssues?.invalid_rows ?? [];
  for (const row of dropped.slice(0, MAX_DROPPED_ROWS_NAMED)) {
    notes.push(`dropped ${series.file} line ${row.line} (${row.timestamp}): ${ROW_RULE_TEXT[row.rule]}`);
  }
  if (dropped.length > MAX_DROPPED_ROWS_NAMED) notes.push(`dropped ${dropped.length - MAX_DROPPED_ROWS_NAMED} more invalid row(s) of ${series.file}`);
  const last = series.time.length - 1;
  return {
    symbol: series.symbol, file: series.file, sha256: series.sha256, interval: series.interval,
    first: formatBarTime(series.time[0]!, series.intervalMs), last: formatBarTime(series.time[last]!, series.intervalMs),
    bars: series.time.length, data_ok: report.ok, data_notes: notes,
    ...(series.provenance ? { provenance: series.provenance } : {}),
  };
}
