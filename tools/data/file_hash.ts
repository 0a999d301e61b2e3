import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

interface HashedStat {
  size: number;
  mtimeMs: number;
  sha256: string;
}

// Re-hashing every file on every load would read the whole directory each time; an unchanged
// (size, mtime) within this process means an unchanged file. The hash stays the cache key.
const hashByPath = new Map<string, HashedStat>();

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * SHA-256 of a file's bytes, plus the bytes when they had to be read to compute it (so a parse
 * that follows need not read them again).
 */
export async function hashFile(filePath: string): Promise<{ sha256: string; contents?: Buffer }> {
  const { size, mtimeMs } = await stat(filePath);
  const known = hashByPath.get(filePath);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return { sha256: known.sha256 };
  const contents = await readFile(filePath);
  const sha256 = sha256Hex(contents);
  hashByPath.set(filePath, { size, mtimeMs, sha256 });
  return { sha256, contents };
}

export function forgetFileHashes(): void {
  hashByPath.clear();
}
