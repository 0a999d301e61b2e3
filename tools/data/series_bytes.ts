import type { OhlcvSeries, ParseIssues } from './types.js';

/**
 * What one loaded series keeps alive, for the memory cache's byte bound. The columns dominate; they
 * are counted by their backing buffers, not their views: a fresh parse's columns are views into
 * buffers grown by doubling (up to twice the rows), and the whole buffer stays alive while a view
 * does. Six views of one buffer (a disk-cache read) count that buffer once.
 */
// The series and info objects, the file name, hash and provenance strings: a few hundred bytes; rounded up.
export const ENTRY_OVERHEAD_BYTES = 1024;
// One listed parse issue (a timestamp string, a number or a small row object) with its slot.
export const ISSUE_BYTES = 64;

const COLUMNS = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;

function listedIssues(issues: ParseIssues | undefined): number {
  if (!issues) return 0;
  return issues.skipped_row_timestamps.length + issues.duplicate_times.length + issues.unsorted_times.length + issues.invalid_rows.length;
}

export function seriesBytes(series: OhlcvSeries): number {
  const buffers = new Set<ArrayBufferLike>(COLUMNS.map((name) => series[name].buffer));
  let bytes = ENTRY_OVERHEAD_BYTES + ISSUE_BYTES * listedIssues(series.parseIssues);
  for (const buffer of buffers) bytes += buffer.byteLength;
  return bytes;
}
