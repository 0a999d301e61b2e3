import path from 'node:path';
import { findPackageRoot } from '../package_root.js';

/**
 * A data path is one folder, or several joined like PATH (`:` on POSIX, `;` on Windows). Earlier
 * folders are layered over later ones: the default is the user's folder over the bundled sample,
 * so a series the user fetched shadows the sample's copy of the same symbol and interval.
 */
export function dataFolders(dataPath: string): string[] {
  const folders = dataPath.split(path.delimiter).map((folder) => folder.trim()).filter((folder) => folder !== '');
  return [...new Set(folders.map((folder) => path.resolve(folder)))];
}

export function joinDataFolders(folders: readonly string[]): string {
  return folders.join(path.delimiter);
}

/** The folder fetched series are written to: the top layer of the data path. */
export function writableDataFolder(dataPath: string): string {
  const [top] = dataFolders(dataPath);
  if (top === undefined) throw new Error('the data path names no folder');
  return top;
}

/** The reference series shipped in the package (`data/sample`), found from the package's location, not the working directory. */
export function bundledSampleFolder(): string {
  return path.join(findPackageRoot() ?? process.cwd(), 'data', 'sample');
}

/** The user's own folder, where `btp data fetch` writes (`data/ohlcv` in the package). */
export function defaultUserDataFolder(): string {
  return path.join(findPackageRoot() ?? process.cwd(), 'data', 'ohlcv');
}
