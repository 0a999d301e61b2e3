/** Market data as the engine sees it: one instrument, one interval, columns as typed arrays. */
import type { SeriesProvenance } from './provenance.js';
import type { InvalidRow } from './row_rules.js';

/** Crypto trades every day; equities only on exchange days. Drives gap checks and periods per year. */
export type AssetClass = 'crypto' | 'equity';

/** The CSV dialects the loader recognises by their header. */
export type CsvFormat = 'standard' | 'yahoo' | 'binance' | 'cryptodatadownload';

export interface OhlcvSeries {
  /** Canonical base symbol, upper case: `BTC`, `SPY`. */
  readonly symbol: string;
  /** Quote currency: `USDT`, `USD`. */
  readonly quote: string;
  /** Bar interval as written in file names: `1d`, `1h`, `4h`, `15m`. */
  readonly interval: string;
  readonly intervalMs: number;
  readonly assetClass: AssetClass;
  /** File name (no directory) inside the data directory the series came from. */
  readonly file: string;
  /**
   * SHA-256 of the file's bytes: the cache key, and what reproducibility records. For bars built
   * from a finer file, a digest of that file's SHA-256 and the interval (the file's own is
   * `provenance.digest`), so nothing keyed by it mistakes the built series for its source.
   */
  readonly sha256: string;
  /**
   * Which source served it (the bundled sample, a user's file, an exchange, Yahoo), the file and its
   * digest: all a caller may know of where a series came from. Absent for series not built by the loader.
   */
  readonly provenance?: SeriesProvenance;
  readonly format: CsvFormat;
  /** Bar open time, epoch milliseconds UTC, strictly increasing after loading. */
  readonly time: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
  /**
   * What the loader found and corrected while reading the file (the columns above are already
   * sorted and de-duplicated), kept so `validateData` can still report it. Absent for series not
   * built by the loader.
   */
  readonly parseIssues?: ParseIssues;
  /**
   * Present when no file holds this interval and the bars were built from a finer file's bars
   * (`buildBars`): that file's interval, and the incomplete buckets between complete ones left out
   * (gaps of the built series). `file`, `provenance` and `parseIssues` are the source file's.
   */
  readonly builtFrom?: { readonly interval: string; readonly incompleteBuckets: number };
}

/** Rows a file held that the series does not show as they were; JSON keys are snake_case. */
export interface ParseIssues {
  /** Rows with a missing value (Yahoo's `null`), skipped and never filled. */
  skipped_rows: number;
  /** The timestamp text of each skipped row, as written in the file. */
  skipped_row_timestamps: string[];
  /** Bar times (epoch ms) that appeared more than once; the first row in file order was kept. */
  duplicate_times: number[];
  /** Bar times (epoch ms) of rows written after a later bar, against the file's own order. */
  unsorted_times: number[];
  /** Rows that broke a rule and were dropped (`--drop-invalid`); with the default policy a file with one fails instead. */
  invalid_rows: InvalidRow[];
}

/** One line of `getSupportedSymbols()`. */
export interface SymbolInfo {
  symbol: string;
  quote: string;
  interval: string;
  asset_class: AssetClass;
  file: string;
  first: string;
  last: string;
  bars: number;
  /** `sample`, `file`, or the exchange / `yahoo` that `btp data fetch` fetched it from. */
  source?: string;
  /** The data folder (layer of the data path) holding the file. */
  folder?: string;
  /** Its place in the data path, 0 at the top (the user's folder): a symbol's files in a higher layer hide a lower one's. */
  layer?: number;
  /** When `btp data fetch` / `update` last wrote it (ISO, UTC); absent for files not fetched. */
  fetched_at?: string;
  /**
   * Set on a line for bars no file holds, built from `file`'s bars of this finer interval (`1h` for
   * 4h bars); first, last and bars are those of the built bars.
   */
  built_from?: string;
}
