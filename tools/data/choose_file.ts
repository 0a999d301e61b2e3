import type { DateWindow } from '../dates/date_window.js';
import { BacktestPilotError } from '../errors.js';
import { DAY_MS, parseIsoDate } from './timestamps.js';
import { compareNames } from '../compare_names.js';

/** A candidate file's span: first and last bar times (epoch ms) and its bar count. */
export interface FileSpan {
  file: string;
  first: number;
  last: number;
  bars: number;
}

function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

interface Ranked<T> {
  candidate: T;
  covers: boolean;
  overlap: number;
  span: number;
}

function compareRanked<T extends FileSpan>(a: Ranked<T>, b: Ranked<T>): number {
  return Number(b.covers) - Number(a.covers) || b.overlap - a.overlap || b.span - a.span
    || b.candidate.bars - a.candidate.bars || compareNames(a.candidate.file, b.candidate.file);
}

/**
 * The file to use for a date window: one that covers it (first bar on or before the start day,
 * last bar on or after the end day), the longer history winning a tie; when none covers it, the
 * largest overlap. An open end counts as covered, so with no window the longest history wins.
 */
export function chooseFileForRange<T extends FileSpan>(candidates: readonly T[], window: DateWindow = {}): T {
  if (candidates.length === 0) throw new BacktestPilotError('invalid_argument', 'no candidate files to choose from', {});
  const start = window.start === undefined ? -Infinity : parseIsoDate(window.start, 'start');
  const end = window.end === undefined ? Infinity : parseIsoDate(window.end, 'end');
  if (end < start) {
    throw new BacktestPilotError('end_before_start', `end ${window.end} is before start ${window.start}; the end date must be on or after the start date`, { start: window.start, end: window.end });
  }
  const ranked = candidates.map((candidate): Ranked<T> => {
    const first = dayOf(candidate.first);
    const last = dayOf(candidate.last);
    return {
      candidate,
      covers: first <= start && last >= end,
      overlap: Math.max(0, Math.min(last, end) - Math.max(first, start) + DAY_MS),
      span: last - first,
    };
  });
  return ranked.sort(compareRanked)[0]!.candidate;
}
