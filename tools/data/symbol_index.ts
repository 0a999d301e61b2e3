import { tryLoadEntries, listCsvFiles, type CsvFileEntry } from './data_directory.js';

/**
 * The data path's files grouped by canonical symbol. A `<SYMBOL>-<QUOTE>-<interval>.csv` name is
 * trusted without opening the file; other files are parsed to learn what they hold, and files that
 * fail to parse are left out here (`listDataDirectory` reports them).
 */
export async function indexFilesBySymbol(dataDir: string, cacheDir?: string): Promise<Map<string, CsvFileEntry[]>> {
  const entries = await listCsvFiles(dataDir);
  const unnamed = entries.filter((entry) => !entry.nameIdentity.complete);
  // Identity only: a file with invalid rows still names its symbol, the load then says what is wrong.
  const attempts = await tryLoadEntries(unnamed, { cacheDir, invalidRows: 'drop' });
  const symbolOf = new Map<CsvFileEntry, string>();
  for (const entry of entries) if (entry.nameIdentity.complete) symbolOf.set(entry, entry.nameIdentity.symbol!);
  for (const attempt of attempts) if ('loaded' in attempt) symbolOf.set(attempt.entry, attempt.loaded.series.symbol);
  const index = new Map<string, CsvFileEntry[]>();
  for (const [entry, symbol] of symbolOf) index.set(symbol, [...(index.get(symbol) ?? []), entry]);
  return index;
}
