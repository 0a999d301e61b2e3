import type { SymbolInfo } from '../data/types.js';
import { chooseFileForRange } from '../data/choose_file.js';
import type { ClosedDateWindow, DateWindow } from '../dates/date_window.js';
import { daysBetween } from './calendar.js';

/**
 * The listing line a symbol's run uses, chosen as the loader chooses (load_series.ts): at the
 * interval asked for (never another), else daily bars (backtests default to them), else any; from
 * the top layer of the data path that has the symbol (the user's copy hides the sample's); then
 * the file that covers the window, else the largest overlap (chooseFileForRange).
 */
export function dataFileFor(symbol: string, listing: readonly SymbolInfo[], interval?: string, window: DateWindow = {}): SymbolInfo | undefined {
  const files = listing.filter((info) => info.symbol === symbol && (interval === undefined || info.interval === interval));
  const daily = files.filter((info) => info.interval === '1d');
  const atInterval = daily.length > 0 ? daily : files;
  if (atInterval.length === 0) return undefined;
  const topLayer = Math.min(...atInterval.map((info) => info.layer ?? 0));
  const spans = atInterval.filter((info) => (info.layer ?? 0) === topLayer).map((info) => {
    const days = fileDays(info);
    return { file: info.file, first: Date.parse(days.start), last: Date.parse(days.end), bars: info.bars, info };
  });
  return chooseFileForRange(spans, window).info;
}

/**
 * The days a file spans. An intraday file's listing gives bar times (`2024-01-01T00:00:00Z`);
 * windows are whole days, and a bar time read as a day is not a date at all.
 */
export function fileDays(info: SymbolInfo): ClosedDateWindow {
  return { start: info.first.slice(0, 10), end: info.last.slice(0, 10) };
}

/** The part of `window` the file covers (open ends take the file's own), or undefined when none. */
export function coveredWindow(info: SymbolInfo, window: DateWindow): ClosedDateWindow | undefined {
  const days = fileDays(info);
  const start = window.start !== undefined && window.start > days.start ? window.start : days.start;
  const end = window.end !== undefined && window.end < days.end ? window.end : days.end;
  return start <= end ? { start, end } : undefined;
}

/**
 * Bars of the file inside `window`, estimated from the listing alone at the file's own density
 * (bars per calendar day): exact for gap-free crypto files, within a few bars for exchange-day data.
 */
export function estimateBars(info: SymbolInfo, window: ClosedDateWindow): number {
  const days = fileDays(info);
  const spanned = daysBetween(days.start, days.end) + 1;
  const windowDays = daysBetween(window.start, window.end) + 1;
  return Math.round((info.bars * windowDays) / spanned);
}

/** The dates every file has: latest first day to earliest last day; undefined when they do not overlap. */
export function commonHistory(files: readonly SymbolInfo[]): ClosedDateWindow | undefined {
  const start = files.map(fileDays).reduce((latest, days) => (days.start > latest ? days.start : latest), '');
  const end = files.map(fileDays).reduce((earliest, days) => (days.end < earliest ? days.end : earliest), '9999-12-31');
  return files.length > 0 && start <= end ? { start, end } : undefined;
}
