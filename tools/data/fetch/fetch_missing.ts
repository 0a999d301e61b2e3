import path from 'node:path';
import { BacktestPilotError } from '../../errors.js';
import { marketDataSettings } from '../data_settings.js';
import { parseInterval } from '../intervals.js';
import { normalizeSymbol } from '../symbol_aliases.js';
import { DAY_MS, parseIsoDate } from '../timestamps.js';
import type { SymbolInfo } from '../types.js';
import { fetchSeries, type FetchFailure } from './fetch_series.js';
import { planFetch } from './fetch_plan.js';

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
  /** The clock (epoch ms) a fetch records and judges a candle still open by; the real one by default. */
  now?: () => number;
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
    const held = listing.filter((info) => info.symbol === symbol && info.interval === interval);
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

function describe(missing: MissingData): string {
  return `${missing.symbol} ${missing.interval} ${missing.from}..${missing.to}`;
}

function howToGet(missing: readonly MissingData[]): string {
  const symbols = [...new Set(missing.map((piece) => piece.symbol))].join(' ');
  const first = missing[0]!;
  return `run \`btp data fetch ${symbols} --interval ${first.interval} --from ${first.from}\` when online, or put the CSV files in the data folder`;
}

function piecesBySeries(missing: readonly MissingData[]): Map<string, MissingData[]> {
  const groups = new Map<string, MissingData[]>();
  for (const piece of missing) {
    const key = `${normalizeSymbol(piece.symbol)}|${piece.interval}`;
    groups.set(key, [...(groups.get(key) ?? []), piece]);
  }
  return groups;
}

/** The file a lower data folder holds under the name the fetch will write, which the fetched end extends. */
function heldBelow(piece: MissingData, listing: readonly SymbolInfo[], userDataDir: string): string | undefined {
  const { file } = planFetch(piece.symbol, piece.interval, undefined);
  const held = listing.find((info) => info.file === file && info.interval === piece.interval && info.folder !== undefined
    && path.resolve(info.folder) !== path.resolve(userDataDir));
  return held && path.join(held.folder!, held.file);
}

/**
 * Fetches what a request lacks, all pieces at once, before validation decides. Offline (or when a
 * source cannot be reached), a piece the request cannot run without is `data_unavailable` at once,
 * naming it and how to get it; a missing edge of a series held in part becomes a note, and the run
 * uses what is held. Notes are returned for the user; a source with nothing for the dates is left
 * for validation to report.
 */
export async function fetchMissingData(request: RequestedData, listing: readonly SymbolInfo[]): Promise<{ fetched: boolean; notes: string[] }> {
  const settings = marketDataSettings();
  if (!settings.fetchOnDemand || settings.userDataDir === undefined) return { fetched: false, notes: [] };
  const missing = findMissingData(request, listing).filter((piece) => {
    try {
      planFetch(piece.symbol, piece.interval, undefined);
      return true;
    } catch {
      return false; // not something a source could serve: validation names it.
    }
  });
  if (missing.length === 0) return { fetched: false, notes: [] };
  const required = missing.filter((piece) => piece.required);
  if (settings.offline && required.length > 0) {
    throw new BacktestPilotError('data_unavailable',
      `no local data for ${required.map(describe).join(', ')} and network access is off (BTP_OFFLINE=1 / --offline); ${howToGet(required)}`,
      { missing: required });
  }
  if (settings.offline) return { fetched: false, notes: missing.map((piece) => `not fetched (offline): ${describe(piece)}; the run uses the data held locally`) };
  settings.onProgress?.(`fetching missing data: ${missing.map(describe).join(', ')}`);
  const failures: FetchFailure[] = [];
  let fetched = false;
  const userDataDir = settings.userDataDir;
  // Series in parallel; the two ends of one series one after the other, since both rewrite its file.
  await Promise.all([...piecesBySeries(missing).values()].map(async (pieces) => {
    for (const piece of pieces) {
      const seed = heldBelow(piece, listing, userDataDir);
      const outcome = await fetchSeries({ symbols: [piece.symbol], interval: piece.interval, from: piece.from, to: piece.to, ...(seed ? { seed } : {}) }, {
        userDataDir, offline: false, baseUrls: settings.sourceUrls, onProgress: settings.onProgress, now: request.now,
      });
      fetched ||= outcome.fetched.length > 0;
      failures.push(...outcome.errors.map((failure) => ({ ...failure, symbol: describe(piece) })));
    }
  }));
  const unreachable = failures.filter((failure) => failure.code === 'data_unavailable' && !/returned no closed bars/.test(failure.message));
  const blocking = unreachable.filter((failure) => required.some((piece) => describe(piece) === failure.symbol));
  if (blocking.length > 0) {
    throw new BacktestPilotError('data_unavailable', `could not fetch ${blocking.map((failure) => failure.symbol).join(', ')}: ${blocking[0]!.message}`, { missing: blocking });
  }
  return { fetched, notes: unreachable.map((failure) => `not fetched: ${failure.symbol} (${failure.message.split(';')[0]}); the run uses the data held locally`) };
}
