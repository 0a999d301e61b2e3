import { distance } from 'fastest-levenshtein';
import { BacktestPilotError } from '../errors.js';
import type { CsvFileEntry } from './data_directory.js';
import type { InvalidRowPolicy } from './row_rules.js';
import { indexFilesBySymbol } from './symbol_index.js';
import { normalizeSymbol, SYMBOL_ALIASES } from './symbol_aliases.js';

export interface DataDirectoryOptions {
  /** Where parsed files are cached (see `loadSeries`); omitted = memory only. */
  cacheDir?: string;
  /** Rows breaking a rule fail the file or are dropped; default BTP_DATA_INVALID. */
  invalidRows?: InvalidRowPolicy;
}

// Long inputs are not symbols; capping them keeps the edit-distance search cheap.
const MAX_SUGGESTION_INPUT = 40;

/** The known symbol nearest to what the user typed, comparing against symbols and their aliases. */
export function suggestSymbol(raw: string, knownSymbols: readonly string[]): string | undefined {
  const typed = raw.trim().toLowerCase().slice(0, MAX_SUGGESTION_INPUT);
  const normalized = normalizeSymbol(typed).toLowerCase();
  const known = new Set(knownSymbols);
  const names: [string, string][] = [
    ...knownSymbols.map((symbol): [string, string] => [symbol.toLowerCase(), symbol]),
    ...Object.entries(SYMBOL_ALIASES).filter(([, symbol]) => known.has(symbol)),
  ];
  let best: { symbol: string; cost: number } | undefined;
  for (const [name, symbol] of names) {
    const cost = Math.min(distance(typed, name), distance(normalized, name));
    if (!best || cost < best.cost) best = { symbol, cost };
  }
  return best?.symbol;
}

function unknownSymbolError(raw: string, canonical: string, knownSymbols: readonly string[]): BacktestPilotError {
  const suggestion = suggestSymbol(raw, knownSymbols);
  const shown = JSON.stringify(raw.slice(0, MAX_SUGGESTION_INPUT));
  // "avalanche" is a known instrument we hold no file for: name it as AVAX so the user sees why.
  const isKnownInstrument = Object.values(SYMBOL_ALIASES).includes(canonical);
  const what = isKnownInstrument ? `${canonical} (${shown})` : shown;
  const hint = suggestion ? `did you mean ${suggestion}? ` : '';
  const known = knownSymbols.length > 0 ? `known symbols: ${knownSymbols.join(', ')}` : 'the data directory holds no usable CSV files';
  return new BacktestPilotError('unknown_symbol', `no data for symbol ${what}; ${hint}${known}`, {
    symbol: raw, available_symbols: knownSymbols, ...(suggestion ? { suggestion } : {}),
  });
}

/**
 * The canonical symbol the user means and the files holding it. User text is only compared with
 * names from the directory listing, never joined into a path.
 */
export async function findSymbolFiles(dataDir: string, raw: string, options: DataDirectoryOptions = {}): Promise<{ symbol: string; entries: CsvFileEntry[] }> {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new BacktestPilotError('no_symbol', 'no symbol given; name an instrument such as BTC, ETH or SPY', { symbol: raw });
  }
  const index = await indexFilesBySymbol(dataDir, options.cacheDir);
  const canonical = normalizeSymbol(raw);
  const entries = index.get(canonical);
  if (entries) return { symbol: canonical, entries };
  throw unknownSymbolError(raw, canonical, [...index.keys()].sort());
}

/** The canonical symbol held in the data directory for any spelling (`bitcoin`, `BTC/USDT`, `btc-usd`). */
export async function resolveSymbol(dataDir: string, raw: string, options: DataDirectoryOptions = {}): Promise<string> {
  return (await findSymbolFiles(dataDir, raw, options)).symbol;
}
