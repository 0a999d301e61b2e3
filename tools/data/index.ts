/** The market-data layer: list, resolve, load (cached) and validate OHLCV series. */
export { loadSeries, DEFAULT_INTERVAL, type LoadSeriesOptions } from './load_series.js';
export { resolveSymbol, suggestSymbol, type DataDirectoryOptions } from './resolve_symbol.js';
export { compareSeriesLines, getSupportedSymbols, listDataDirectory, listSeries, type DataDirectoryListing } from './supported_symbols.js';
export { buildBars, builtBarsNote, canBuildFrom, describeIntervals, LISTED_BUILT_INTERVALS } from './build_bars.js';
export type { DataFileError } from './data_directory.js';
export { csvFolderSource, type CsvFolderOptions } from './source/csv_folder_source.js';
export { loadEach, type MarketDataSource } from './source/market_data_source.js';
export { remoteSource, type RemoteSourceSettings } from './source/remote_source.js';
export { getSeriesCacheStats, clearSeriesCache, type SeriesCacheStats } from './data_file.js';
export {
  validateData, type ValidateDataOptions, type DataValidationReport, type DataGap, type OhlcIssue, type OutlierMove,
} from './validate_data.js';
export { DEFAULT_OUTLIER_RULE, type OutlierRule } from './find_outliers.js';
export type { OhlcProblem } from './find_ohlc_issues.js';
export { parseOhlcvCsv, type ParsedOhlcv } from './parse_ohlcv_csv.js';
export { ACCEPTED_HEADERS } from './csv_layout.js';
export { chooseFileForRange, type FileSpan } from './choose_file.js';
export { parseInterval, intervalFromMs } from './intervals.js';
export { DAY_MS, formatBarTime, parseIsoDate, parseTimestamp } from './timestamps.js';
export { normalizeSymbol, SYMBOL_ALIASES, QUOTE_CURRENCIES, CRYPTO_SYMBOLS } from './symbol_aliases.js';
export type { AssetClass, CsvFormat, OhlcvSeries, ParseIssues, SymbolInfo } from './types.js';
