import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { forgetDigestIndexes, knownDigest, rememberDigest } from './digest_index.js';

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

/** Reads a file in chunks, handing each to `onChunk`; returns the SHA-256 of all its bytes. */
export async function streamFile(filePath: string, onChunk: (chunk: Buffer) => void = () => {}): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    onChunk(chunk as Buffer);
  }
  return hash.digest('hex');
}

/**
 * SHA-256 of a file's bytes, streamed (a 200 MB file is never held whole). With `indexDir`, the
 * digest is also remembered on disk for later processes (see digest_index.ts).
 */
export async function hashFile(filePath: string, indexDir?: string): Promise<{ sha256: string }> {
  const { size, mtimeMs, ctimeMs, ino } = await stat(filePath);
  const known = hashByPath.get(filePath);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return { sha256: known.sha256 };
  const identity = { size, mtimeMs, ctimeMs, ino };
  const indexed = indexDir === undefined ? undefined : knownDigest(indexDir, filePath, identity);
  const sha256 = indexed ?? await streamFile(filePath);
  hashByPath.set(filePath, { size, mtimeMs, sha256 });
  if (indexDir !== undefined && indexed === undefined) await rememberDigest(indexDir, filePath, identity, sha256);
  return { sha256 };
}

export function forgetFileHashes(): void {
  hashByPath.clear();
  forgetDigestIndexes();
}
