import { readdir } from 'node:fs/promises';
import { BacktestPilotError, type ErrorCode } from '../errors.js';
import { asDataFileError, loadDataFile, type LoadedDataFile } from './data_file.js';
import { identityFromFileName, type FileNameIdentity } from './file_name_identity.js';

export interface CsvFileEntry {
  /** A name exactly as the directory listing gave it; the only file names ever opened. */
  file: string;
  nameIdentity: FileNameIdentity;
}

/** A file that could not be loaded, as `listDataDirectory` reports it instead of failing. */
export interface DataFileError {
  file: string;
  code: ErrorCode;
  message: string;
}

export type LoadAttempt = { entry: CsvFileEntry; loaded: LoadedDataFile } | { entry: CsvFileEntry; error: DataFileError };

/**
 * The CSV files directly inside the data directory. Only regular files count: subfolders (the
 * cache) and symbolic links, which could point outside the directory, are left alone.
 */
export async function listCsvFiles(dataDir: string): Promise<CsvFileEntry[]> {
  try {
    const entries = await readdir(dataDir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv'))
      .map((entry) => ({ file: entry.name, nameIdentity: identityFromFileName(entry.name) }))
      .sort((a, b) => a.file.localeCompare(b.file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BacktestPilotError('bad_data_file', `cannot list the data directory "${dataDir}" (${reason}); set BTP_DATA_DIR to a folder of OHLCV CSV files`, { data_dir: dataDir });
  }
}

/** Loads every entry concurrently; a file that fails becomes an error entry, not a failed batch. */
export async function tryLoadEntries(dataDir: string, entries: readonly CsvFileEntry[], cacheDir?: string): Promise<LoadAttempt[]> {
  return Promise.all(entries.map(async (entry): Promise<LoadAttempt> => {
    try {
      return { entry, loaded: await loadDataFile(dataDir, entry.file, cacheDir) };
    } catch (error) {
      const { code, message } = asDataFileError(error, entry.file);
      return { entry, error: { file: entry.file, code, message } };
    }
  }));
}
