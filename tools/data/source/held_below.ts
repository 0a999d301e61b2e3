import path from 'node:path';
import type { SymbolInfo } from '../types.js';

/**
 * Where a folder below the user's (the bundled sample) holds a file name at an interval: the copy
 * a fetch into the user's folder must start from, or its few fetched bars would shadow all that
 * history.
 */
export function heldBelowIn(listing: readonly SymbolInfo[], userDataDir: string): (file: string, interval: string) => string | undefined {
  const own = path.resolve(userDataDir);
  return (file, interval) => {
    const held = listing.find((info) => info.file === file && info.interval === interval && info.folder !== undefined
      && path.resolve(info.folder) !== own);
    return held && path.join(held.folder!, held.file);
  };
}
