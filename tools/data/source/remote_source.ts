import type { DateWindow } from '../../dates/date_window.js';
import { BacktestPilotError } from '../../errors.js';
import { writableDataFolder } from '../data_folders.js';
import { fetchSeries, type FetchFailure, type FetchSettings } from '../fetch/fetch_series.js';
import { findMissingData, type MissingData } from '../fetch/missing_data.js';
import { csvFolderSource } from './csv_folder_source.js';
import { heldBelowIn } from './held_below.js';
import type { MarketDataSource } from './market_data_source.js';

export interface RemoteSourceSettings extends Omit<FetchSettings, 'userDataDir'> {
  /**
   * The data path: the user's folder, alone or layered over others (the bundled sample). What is
   * fetched is written to its top folder; the folders below are read, never written.
   */
  dataDir: string;
  /** The parse cache of the data folders. */
  cacheDir?: string;
  /** A piece the series can do without (an end beyond the held bars) that could not be fetched: the load goes on with the bars held. */
  onNotFetched?: (piece: MissingData, failure: FetchFailure) => void;
}

/**
 * A crypto exchange (any ccxt id) or Yahoo: `load` fetches the bars of the range that no data
 * folder holds yet (closed candles only, merged and written atomically to the user's folder with a
 * provenance record), then loads the series through the folders like any other; `list` is what it
 * fetched before. A series held only in a lower folder is extended from its held bars, so the copy
 * written over it keeps that history.
 */
export function remoteSource(id: string, settings: RemoteSourceSettings): MarketDataSource {
  const { dataDir, cacheDir, onNotFetched, ...fetching } = settings;
  const userDataDir = writableDataFolder(dataDir);
  const fetchSettings: FetchSettings = { ...fetching, userDataDir };
  const folders = csvFolderSource({ dataDir, cacheDir });
  return {
    id,
    list: async () => (await folders.list()).filter((info) => info.source === id),
    async load(symbol: string, interval: string, range?: DateWindow) {
      const today = new Date((settings.now ?? Date.now)()).toISOString().slice(0, 10);
      const listing = await folders.list();
      const missing = findMissingData({ symbols: [symbol], interval, start: range?.start, end: range?.end, today }, listing);
      // The two ends of one series one after the other: each rewrites its file from what the other wrote.
      const seedOf = heldBelowIn(listing, userDataDir);
      for (const piece of missing) {
        const outcome = await fetchSeries({ symbols: [symbol], interval: piece.interval, from: piece.from, to: piece.to, source: id, seedOf }, fetchSettings);
        const [failure] = outcome.errors;
        if (!failure) continue;
        // Only a piece the series cannot do without fails the load; a missing edge leaves the bars held.
        if (piece.required) throw new BacktestPilotError(failure.code, failure.message, { symbol, source: id });
        onNotFetched?.(piece, failure);
      }
      return folders.load(symbol, interval, range);
    },
  };
}
