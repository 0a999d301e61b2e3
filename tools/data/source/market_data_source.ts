import type { DateWindow } from '../../dates/date_window.js';
import type { OhlcvSeries, SymbolInfo } from '../types.js';

/**
 * Where series come from, whatever serves them: the CSV folders (the bundled sample under the
 * user's folder), a crypto exchange through ccxt, or Yahoo. Callers see a series and its
 * provenance (source, file, digest), never how it was obtained. Symbol aliases, the choice between
 * files, the hash-keyed parse cache and the row rules behave the same for every source, because a
 * remote source writes what it fetches as a CSV file and loads it through the folder loader.
 */
export interface MarketDataSource {
  /** `csv` for the data folders, a ccxt exchange id (`binance`) or `yahoo`. */
  readonly id: string;
  /** The series this source can load now without the network. */
  list(): Promise<SymbolInfo[]>;
  /**
   * The whole series of one symbol (any spelling: `btc`, `BTC/USDT`, `bitcoin`) at one interval;
   * the range only says which bars the caller needs, so a remote source fetches what it lacks of
   * them and a folder with several files picks the one that covers them.
   */
  load(symbol: string, interval: string, range?: DateWindow): Promise<OhlcvSeries>;
}

/** Several symbols at once, loaded concurrently, in the order asked. */
export function loadEach(source: MarketDataSource, symbols: readonly string[], interval: string, range?: DateWindow): Promise<OhlcvSeries[]> {
  return Promise.all(symbols.map((symbol) => source.load(symbol, interval, range)));
}
