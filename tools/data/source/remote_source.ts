import type { DateWindow } from '../../dates/date_window.js';
import { BacktestPilotError } from '../../errors.js';
import { findMissingData } from '../fetch/fetch_missing.js';
import { fetchSeries, type FetchSettings } from '../fetch/fetch_series.js';
import { csvFolderSource } from './csv_folder_source.js';
import type { MarketDataSource } from './market_data_source.js';

export interface RemoteSourceSettings extends FetchSettings {
  /** The parse cache of the folder fetched series are written to. */
  cacheDir?: string;
}

/**
 * A crypto exchange (any ccxt id) or Yahoo: `load` fetches the bars of the range that the user's
 * folder does not hold yet (closed candles only, merged and written atomically with a provenance
 * record), then loads the file like any other; `list` is what it fetched before.
 */
export function remoteSource(id: string, settings: RemoteSourceSettings): MarketDataSource {
  const folder = csvFolderSource({ dataDir: settings.userDataDir, cacheDir: settings.cacheDir });
  const list = async () => (await folder.list()).filter((info) => info.source === id);
  return {
    id,
    list,
    async load(symbol: string, interval: string, range?: DateWindow) {
      const today = new Date((settings.now ?? Date.now)()).toISOString().slice(0, 10);
      const missing = findMissingData({ symbols: [symbol], interval, start: range?.start, end: range?.end, today }, await list());
      for (const piece of missing) {
        const outcome = await fetchSeries({ symbols: [symbol], interval, from: piece.from, to: piece.to, source: id }, settings);
        const [failure] = outcome.errors;
        // Only a piece the series cannot do without fails the load; a missing edge leaves the bars held.
        if (failure && piece.required) throw new BacktestPilotError(failure.code, failure.message, { symbol, source: id });
      }
      return folder.load(symbol, interval, range);
    },
  };
}
