import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { BacktestPilotError, type ErrorCode } from '../errors.js';
import { dataFolders } from './data_folders.js';
import { asDataFileError, loadDataFile, type LoadedDataFile } from './data_file.js';
import { identityFromFileName, type FileNameIdentity } from './file_name_identity.js';
import type { InvalidRowPolicy } from './row_rules.js';
import { compareNames } from '../compare_names.js';

export interface CsvFileEntry {
  /** A name exactly as the directory listing gave it; the only file names ever opened. */
  file: string;
  /** The data folder holding it (one layer of the data path). */
  folder: string;
  /** 0 for the top layer (the user's folder); higher layers lie under it. */
  layer: number;
  nameIdentity: FileNameIdentity;
}

/** A file that could not be loaded, as `listDataDirectory` reports it instead of failing. */
export interface DataFileError {
  file: string;
  code: ErrorCode;
  message: string;
  /** For `invalid_data`: the first offending line of the file and the rule it breaks. */
  line?: number;
  rule?: string;
}

/** A `.csv` entry of a data folder that is not read at all, and why. */
export interface SkippedEntry {
  file: string;
  folder: string;
  reason: string;
}

export type LoadAttempt = { entry: CsvFileEntry; loaded: LoadedDataFile } | { entry: CsvFileEntry; error: DataFileError };

export interface DataFolderScan {
  entries: CsvFileEntry[];
  skipped: SkippedEntry[];
}

async function readableFileReason(filePath: string): Promise<string | undefined> {
  try {
    // stat follows symbolic links: a link to a regular file counts as that file.
    const target = await stat(filePath);
    if (!target.isFile()) return target.isDirectory() ? 'not a regular file (a directory)' : 'not a regular file (a device, FIFO or socket)';
    await access(filePath, constants.R_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'a symbolic link to nothing (its target does not exist)';
    if (code === 'EACCES' || code === 'EPERM') return 'not readable (permission denied)';
    if (code === 'ELOOP') return 'a symbolic link loop';
    return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

async function scanFolder(folder: string, layer: number): Promise<DataFolderScan> {
  const names = await readdir(folder, { withFileTypes: true });
  const csvNames = names.filter((entry) => entry.name.toLowerCase().endsWith('.csv')).map((entry) => entry.name).sort(compareNames);
  const reasons = await Promise.all(csvNames.map((name) => readableFileReason(path.join(folder, name))));
  const scan: DataFolderScan = { entries: [], skipped: [] };
  csvNames.forEach((file, index) => {
    const reason = reasons[index];
    if (reason === undefined) scan.entries.push({ file, folder, layer, nameIdentity: identityFromFileName(file) });
    else scan.skipped.push({ file, folder, reason });
  });
  return scan;
}

/**
 * The CSV files of every layer of the data path, a name in an upper layer hiding the same name
 * below. Symbolic links are followed; `.csv` entries that are not readable regular files are
 * returned as skipped, with the reason. A missing folder is fine while another layer exists.
 */
export async function scanDataFolders(dataDir: string): Promise<DataFolderScan> {
  const folders = dataFolders(dataDir);
  const scans = await Promise.all(folders.map(async (folder, layer) => {
    try {
      return await scanFolder(folder, layer);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }));
  const failures = scans.flatMap((scan, index) => (scan instanceof Error ? [{ folder: folders[index]!, error: scan }] : []));
  const missingOnly = failures.every(({ error }) => (error as NodeJS.ErrnoException).code === 'ENOENT');
  if (failures.length === folders.length || (failures.length > 0 && !missingOnly)) {
    const { folder, error } = failures[0]!;
    throw new BacktestPilotError('bad_data_file', `cannot list the data directory "${folder}" (${error.message}); set BTP_DATA_DIR to a folder of OHLCV CSV files`, { data_dir: folder });
  }
  const seen = new Set<string>();
  const result: DataFolderScan = { entries: [], skipped: [] };
  for (const scan of scans) {
    if (scan instanceof Error) continue;
    for (const entry of scan.entries) {
      if (seen.has(entry.file)) continue;
      seen.add(entry.file);
      result.entries.push(entry);
    }
    result.skipped.push(...scan.skipped);
  }
  return result;
}

/** The readable CSV files of the data path (see `scanDataFolders`). */
export async function listCsvFiles(dataDir: string): Promise<CsvFileEntry[]> {
  return (await scanDataFolders(dataDir)).entries;
}

export interface LoadEntryOptions {
  cacheDir?: string;
  invalidRows?: InvalidRowPolicy;
}

/** Loads every entry concurrently; a file that fails becomes an error entry, not a failed batch. */
export async function tryLoadEntries(entries: readonly CsvFileEntry[], options: LoadEntryOptions = {}): Promise<LoadAttempt[]> {
  return Promise.all(entries.map(async (entry): Promise<LoadAttempt> => {
    try {
      return { entry, loaded: await loadDataFile(entry.folder, entry.file, options) };
    } catch (error) {
      const { code, message, details } = asDataFileError(error, entry.file);
      const where = code === 'invalid_data' ? { line: details.line as number, rule: details.rule as string } : {};
      return { entry, error: { file: entry.file, code, message, ...where } };
    }
  }));
}
