import { canBuildFrom } from '../build_bars.js';
import { parseInterval } from '../intervals.js';
import { normalizeSymbol } from '../symbol_aliases.js';
import { DAY_MS, parseIsoDate } from '../timestamps.js';
import type { SymbolInfo } from '../types.js';

/** A piece of a request that local data lacks: a whole series, or days before or after what is held. */
export interface MissingData {
  symbol: string;
  interval: string;
  from: string;
  to: string;
  /** True when nothing of it is held locally: the request cannot run without it. */
  required: boolean;
}

export interface RequestedData {
  symbols: readonly string[];
  interval?: string;
  start?: string;
  end?: string;
  /** YYYY-MM-DD (UTC): the open end of a range and the default lookback count from it. */
  today: string;
}

const DEFAULT_LOOKBACK_DAYS = 5 * 365;
// Weekends and the longest market closures: an equity file ending on Friday covers Sunday.
const EQUITY_SLACK_MS = 5 * DAY_MS;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** What of the request the listing (the data folders) does not hold. */
export function findMissingData(request: RequestedData, listing: readonly SymbolInfo[]): MissingData[] {
  const { interval, intervalMs } = parseInterval(request.interval ?? '1d');
  const today = parseIsoDate(request.today, 'today');
  const end = request.end === undefined ? today : Math.min(parseIsoDate(request.end, 'end'), today);
  const start = request.start === undefined ? undefined : parseIsoDate(request.start, 'start');
  return request.symbols.flatMap((raw): MissingData[] => {
    const symbol = normalizeSymbol(raw);
    const files = listing.filter((info) => info.symbol === symbol);
    const atInterval = files.filter((info) => info.interval === interval);
    // Bars the loader builds from a finer file (4h from 1h) are held as far as that file reaches.
    const held = atInterval.length > 0 ? atInterval
      : files.filter((info) => info.built_from === undefined && canBuildFrom(parseInterval(info.interval).intervalMs, intervalMs));
    if (held.length === 0) {
      return [{ symbol: raw, interval, from: isoDay(start ?? end - DEFAULT_LOOKBACK_DAYS * DAY_MS), to: isoDay(end), required: true }];
    }
    const first = Math.min(...held.map((info) => parseIsoDate(info.first.slice(0, 10))));
    const last = Math.max(...held.map((info) => parseIsoDate(info.last.slice(0, 10))));
    const slack = held.some((info) => info.asset_class === 'equity') ? EQUITY_SLACK_MS : Math.max(intervalMs, DAY_MS);
    const missing: MissingData[] = [];
    const required = (start !== undefined && start > last) || end < first;
    if (start !== undefined && start < first - slack) missing.push({ symbol: raw, interval, from: isoDay(start), to: isoDay(Math.min(first - DAY_MS, end)), required });
    if (end > last + slack) missing.push({ symbol: raw, interval, from: isoDay(Math.max(last + DAY_MS, start ?? last)), to: isoDay(end), required });
    return missing;
  });
}
