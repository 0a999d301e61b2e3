import type { InvalidRowPolicy } from './row_rules.js';

/**
 * Process-wide settings of the data layer, set once from the app's configuration
 * (`configureMarketData`) by the CLI, the agents' dependencies and the server, so every loader call,
 * whoever makes it, honours BTP_DATA_INVALID, BTP_CACHE_MAX_MB and BTP_OFFLINE. A call's own
 * options still win.
 */
export interface MarketDataSettings {
  invalidRows: InvalidRowPolicy;
  /** Upper bound of each parse cache, in memory and on disk; least recently used entries are evicted past it. */
  cacheMaxBytes: number;
  /** No network access at all: fetches fail fast with `data_unavailable`. */
  offline: boolean;
  /** Fetch what a request names that local data lacks, before validation (BTP_FETCH_ON_DEMAND, default on). */
  fetchOnDemand: boolean;
  /** Base URL per source id (BTP_<SOURCE>_URL). */
  sourceUrls: Readonly<Record<string, string>>;
  /** Where a fetch's progress lines and the data layer's warnings go (the CLI: stderr); see `reportDataWarning`. */
  onProgress?: (line: string) => void;
}

export const DEFAULT_CACHE_MAX_MB = 1024;

const defaults: MarketDataSettings = {
  invalidRows: 'error', cacheMaxBytes: DEFAULT_CACHE_MAX_MB * 1024 * 1024, offline: false, fetchOnDemand: false, sourceUrls: {},
};
let current: MarketDataSettings = { ...defaults };

export function configureMarketData(settings: Partial<MarketDataSettings>): void {
  current = { ...current, ...settings };
}

export function marketDataSettings(): Readonly<MarketDataSettings> {
  return current;
}

/** Back to the defaults (tests). */
export function resetMarketDataSettings(): void {
  current = { ...defaults };
}

/**
 * A line an operator should see though the result is right (a corrupt cache entry was rebuilt):
 * through `onProgress` when set, else as a Node process warning on stderr, so the server, which
 * sets no `onProgress`, still says it.
 */
export function reportDataWarning(line: string): void {
  if (current.onProgress) current.onProgress(line);
  else process.emitWarning(line, { code: 'BTP_DATA_WARNING' });
}
