import type { DateWindow } from '../../dates/date_window.js';
import { loadSeries } from '../load_series.js';
import type { InvalidRowPolicy } from '../row_rules.js';
import { listSeries } from '../supported_symbols.js';
import type { MarketDataSource } from './market_data_source.js';

export interface CsvFolderOptions {
  /** One folder, or several joined like PATH, the first layered over the rest. */
  dataDir: string;
  /** The parse cache, keyed by each file's SHA-256; memory only when omitted. */
  cacheDir?: string;
  invalidRows?: InvalidRowPolicy;
}

/**
 * The data folders: every series a CSV file there holds, and the bars built from a finer file where
 * no file holds the interval (the loader the other sources load through).
 */
export function csvFolderSource(options: CsvFolderOptions): MarketDataSource {
  // Only these: callers pass whole configurations, whose other fields are not the loader's.
  const { dataDir, cacheDir, invalidRows } = options;
  return {
    id: 'csv',
    list: () => listSeries(dataDir, { cacheDir }),
    load: (symbol: string, interval: string, range?: DateWindow) => loadSeries(symbol, { dataDir, cacheDir, invalidRows, interval, range }),
  };
}
