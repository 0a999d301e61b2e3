import { BacktestPilotError, isBacktestPilotError } from '../../errors.js';
import { marketDataSettings } from '../data_settings.js';
import { planFetch } from '../fetch/fetch_plan.js';
import type { FetchFailure } from '../fetch/fetch_series.js';
import { findMissingData, type MissingData, type RequestedData } from '../fetch/missing_data.js';
import { normalizeSymbol } from '../symbol_aliases.js';
import type { SymbolInfo } from '../types.js';
import type { MarketDataSource } from './market_data_source.js';
import { remoteSource } from './remote_source.js';

export interface OnDemandRequest extends RequestedData {
  /** The clock (epoch ms) a fetch records and judges a candle still open by; the real one by default. */
  now?: () => number;
}

/** The data path the request is checked against (the user's folder on top, where fetches are written). */
export interface OnDemandFolders {
  dataDir: string;
  cacheDir?: string;
}

function describe(missing: MissingData): string {
  return `${missing.symbol} ${missing.interval} ${missing.from}..${missing.to}`;
}

function howToGet(missing: readonly MissingData[]): string {
  const symbols = [...new Set(missing.map((piece) => piece.symbol))].join(' ');
  const first = missing[0]!;
  return `run \`btp data fetch ${symbols} --interval ${first.interval} --from ${first.from}\` when online, or put the CSV files in the data folder`;
}

/** The source a piece is fetched from (Binance for crypto, Yahoo otherwise), or none when no source could serve it. */
function sourceIdOf(piece: MissingData): string | undefined {
  try {
    return planFetch(piece.symbol, piece.interval, undefined).source;
  } catch {
    return undefined; // not something a source could serve: validation names it.
  }
}

function piecesBySeries(missing: readonly MissingData[]): MissingData[][] {
  const groups = new Map<string, MissingData[]>();
  for (const piece of missing) {
    const key = `${normalizeSymbol(piece.symbol)}|${piece.interval}`;
    groups.set(key, [...(groups.get(key) ?? []), piece]);
  }
  return [...groups.values()];
}

// A source that answered but has no bars for the dates is not "unreachable": validation reports the symbol or window.
const isUnreachable = (failure: FetchFailure) => failure.code === 'data_unavailable' && !/returned no closed bars/.test(failure.message);

/**
 * Fetches what a request lacks, before validation decides, by loading each series it lacks
 * anything of through its remote source (series in parallel). Offline, a piece the request cannot
 * run without is `data_unavailable` at once, naming it and how to get it; a missing edge of a series
 * held in part becomes a note, and the run uses what is held. Notes are returned for the user; a
 * source with nothing for the dates is left for validation to report. `attempted`: the data folders
 * may have changed.
 */
export async function fetchMissingData(request: OnDemandRequest, folders: OnDemandFolders, listing: readonly SymbolInfo[]): Promise<{ attempted: boolean; notes: string[] }> {
  const settings = marketDataSettings();
  if (!settings.fetchOnDemand) return { attempted: false, notes: [] };
  const missing = findMissingData(request, listing).filter((piece) => sourceIdOf(piece) !== undefined);
  if (missing.length === 0) return { attempted: false, notes: [] };
  const required = missing.filter((piece) => piece.required);
  if (settings.offline && required.length > 0) {
    throw new BacktestPilotError('data_unavailable',
      `no local data for ${required.map(describe).join(', ')} and network access is off (BTP_OFFLINE=1 / --offline); ${howToGet(required)}`,
      { missing: required });
  }
  if (settings.offline) return { attempted: false, notes: missing.map((piece) => `not fetched (offline): ${describe(piece)}; the run uses the data held locally`) };
  settings.onProgress?.(`fetching missing data: ${missing.map(describe).join(', ')}`);
  const failures: FetchFailure[] = [];
  const sources = new Map<string, MarketDataSource>();
  const sourceFor = (id: string): MarketDataSource => {
    const source = sources.get(id) ?? remoteSource(id, {
      dataDir: folders.dataDir, cacheDir: folders.cacheDir, offline: false, baseUrls: settings.sourceUrls, onProgress: settings.onProgress, now: request.now,
      onNotFetched: (piece, failure) => failures.push({ ...failure, symbol: describe(piece) }),
    });
    sources.set(id, source);
    return source;
  };
  // The bars asked for up to today (BTP_TODAY), not the source's clock.
  const end = request.end !== undefined && request.end < request.today ? request.end : request.today;
  await Promise.all(piecesBySeries(missing).map(async (pieces) => {
    const [first] = pieces as [MissingData];
    try {
      await sourceFor(sourceIdOf(first)!).load(first.symbol, first.interval, { start: request.start, end });
    } catch (error) {
      if (!isBacktestPilotError(error)) throw error;
      // Only a piece the request cannot run without fails a load (see remoteSource); anything else is validation's to name.
      const needed = pieces.find((piece) => piece.required);
      if (needed) failures.push({ symbol: describe(needed), code: error.code, message: error.message });
    }
  }));
  const unreachable = failures.filter(isUnreachable);
  const blocking = unreachable.filter((failure) => required.some((piece) => describe(piece) === failure.symbol));
  if (blocking.length > 0) {
    throw new BacktestPilotError('data_unavailable', `could not fetch ${blocking.map((failure) => failure.symbol).join(', ')}: ${blocking[0]!.message}`, { missing: blocking });
  }
  return { attempted: true, notes: unreachable.map((failure) => `not fetched: ${failure.symbol} (${failure.message.split(';')[0]}); the run uses the data held locally`) };
}
