import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import path from 'node:path';
import { sha256Hex } from './file_hash.js';
import type { ParsedOhlcv } from './parse_ohlcv_csv.js';
import type { CsvFormat, ParseIssues } from './types.js';
import { compareNames } from '../compare_names.js';

/**
 * On-disk cache of one parsed file: 8-byte magic, uint32 LE header length, a JSON header, padding
 * to 8 bytes, the six Float64 columns back to back, and a SHA-256 of everything before it. The
 * header names the source file's SHA-256; a stale, truncated or corrupted file is never used.
 */
const MAGIC = Buffer.from('BTPOHLCV', 'ascii');
// Bump when parsing changes what a file turns into, so older cache files are rebuilt.
export const CACHE_FORMAT_VERSION = 2;
const COLUMN_NAMES = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;
const BYTES_PER_ROW = COLUMN_NAMES.length * Float64Array.BYTES_PER_ELEMENT;
const CHECKSUM_BYTES = 32;

interface CacheHeader {
  version: number;
  endianness: string;
  source_sha256: string;
  format: CsvFormat;
  bars: number;
  content_pair: string | null;
  issues: ParseIssues;
}

export function cacheFilePath(cacheDir: string, sourceSha256: string): string {
  return path.join(cacheDir, `${sourceSha256}.v${CACHE_FORMAT_VERSION}.ohlcv`);
}

function alignTo8(length: number): number {
  return Math.ceil(length / 8) * 8;
}

export function encodeCacheFile(sourceSha256: string, parsed: ParsedOhlcv): Buffer {
  const bars = parsed.time.length;
  const payload = new Float64Array(bars * COLUMN_NAMES.length);
  COLUMN_NAMES.forEach((name, column) => payload.set(parsed[name], column * bars));
  const payloadBytes = new Uint8Array(payload.buffer);
  const header: CacheHeader = {
    version: CACHE_FORMAT_VERSION,
    endianness: endianness(),
    source_sha256: sourceSha256,
    format: parsed.format,
    bars,
    content_pair: parsed.contentPair ?? null,
    issues: parsed.issues,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const payloadOffset = alignTo8(MAGIC.length + 4 + headerBytes.length);
  const payloadEnd = payloadOffset + payloadBytes.length;
  const file = Buffer.alloc(payloadEnd + CHECKSUM_BYTES, 0x20);
  MAGIC.copy(file, 0);
  file.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(file, MAGIC.length + 4);
  file.set(payloadBytes, payloadOffset);
  Buffer.from(sha256Hex(file.subarray(0, payloadEnd)), 'hex').copy(file, payloadEnd);
  return file;
}

function hasValidChecksum(file: Buffer): boolean {
  if (file.length < MAGIC.length + 4 + CHECKSUM_BYTES) return false;
  const bodyEnd = file.length - CHECKSUM_BYTES;
  return sha256Hex(file.subarray(0, bodyEnd)) === file.subarray(bodyEnd).toString('hex');
}

function readHeader(file: Buffer): { header: CacheHeader; payloadOffset: number } | undefined {
  if (!hasValidChecksum(file) || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const headerLength = file.readUInt32LE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerLength;
  if (headerEnd > file.length - CHECKSUM_BYTES) return undefined;
  try {
    const header = JSON.parse(file.toString('utf8', MAGIC.length + 4, headerEnd)) as CacheHeader;
    return { header, payloadOffset: alignTo8(headerEnd) };
  } catch {
    return undefined;
  }
}

/** The parsed file stored in a cache file, or undefined for anything not exactly what was written. */
export function decodeCacheFile(file: Buffer, sourceSha256: string): ParsedOhlcv | undefined {
  const read = readHeader(file);
  if (!read) return undefined;
  const { header, payloadOffset } = read;
  const valid = header.version === CACHE_FORMAT_VERSION && header.endianness === endianness()
    && header.source_sha256 === sourceSha256 && Number.isInteger(header.bars) && header.bars > 0
    && file.length === payloadOffset + header.bars * BYTES_PER_ROW + CHECKSUM_BYTES;
  if (!valid) return undefined;
  // A view on the file's own bytes when the file owns its whole buffer (a file read whole does, so
  // no pooled neighbour is kept alive) and the payload is 8-byte aligned there, as a Float64Array
  // view needs; else a copy. The view saves a copy of every column at every load.
  const values = header.bars * COLUMN_NAMES.length;
  const ownsBuffer = file.byteOffset === 0 && file.buffer.byteLength === file.length;
  const payload = ownsBuffer && payloadOffset % Float64Array.BYTES_PER_ELEMENT === 0 ? new Float64Array(file.buffer, payloadOffset, values) : new Float64Array(values);
  if (payload.buffer !== file.buffer) new Uint8Array(payload.buffer).set(file.subarray(payloadOffset, file.length - CHECKSUM_BYTES));
  const column = (index: number) => payload.subarray(index * header.bars, (index + 1) * header.bars);
  return {
    time: column(0), open: column(1), high: column(2), low: column(3), close: column(4), volume: column(5),
    format: header.format,
    issues: header.issues,
    ...(header.content_pair === null ? {} : { contentPair: header.content_pair }),
  };
}

/** A cache read: the parse, nothing stored, or an entry that was there but failed its checks (now deleted). */
export type CacheRead = { status: 'hit'; parsed: ParsedOhlcv } | { status: 'miss' } | { status: 'corrupt'; file: string };

/**
 * A hit marks its entry used by setting its mtime; within this long of the last mark it is left
 * alone. Eviction only needs the order to within minutes, and setting mtime writes the inode:
 * every `btp symbols` touched every entry (~30 ms of its start-up on the bundled data).
 */
const TOUCH_AFTER_MS = 60_000;

/**
 * The cached parse of a file. A hit is touched (its mtime set to now, see TOUCH_AFTER_MS) so
 * eviction drops the least recently used entry; an entry that fails its checksum is deleted, to be
 * rebuilt, and said so: a cache folder that keeps corrupting is a disk to look at.
 */
export async function readCacheFile(cacheDir: string, sourceSha256: string): Promise<CacheRead> {
  const target = cacheFilePath(cacheDir, sourceSha256);
  let bytes: Buffer;
  let lastUsedMs: number;
  try {
    const handle = await open(target, 'r');
    try {
      lastUsedMs = (await handle.stat()).mtimeMs;
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return { status: 'miss' };
  }
  const parsed = decodeCacheFile(bytes, sourceSha256);
  if (!parsed) {
    await rm(target, { force: true }).catch(() => undefined);
    return { status: 'corrupt', file: target };
  }
  const now = new Date();
  if (now.getTime() - lastUsedMs >= TOUCH_AFTER_MS) await utimes(target, now, now).catch(() => undefined);
  return { status: 'hit', parsed };
}

/** Deletes least recently used cache entries until the folder's entries fit in `maxBytes`. */
export async function evictCacheEntries(cacheDir: string, maxBytes: number): Promise<string[]> {
  const names = (await readdir(cacheDir)).filter((name) => name.endsWith('.ohlcv'));
  const entries = (await Promise.all(names.map(async (name) => {
    try {
      const info = await stat(path.join(cacheDir, name));
      return [{ name, size: info.size, usedMs: info.mtimeMs }];
    } catch {
      return [];
    }
  }))).flat().sort((a, b) => a.usedMs - b.usedMs || compareNames(a.name, b.name));
  let total = entries.reduce((sum, entry) => sum + entry.size, 0);
  const evicted: string[] = [];
  for (const entry of entries) {
    if (total <= maxBytes) break;
    await rm(path.join(cacheDir, entry.name), { force: true });
    total -= entry.size;
    evicted.push(entry.name);
  }
  return evicted;
}

/**
 * Writes to a temporary name and renames, so a reader never sees a half-written cache file; false
 * when the entry alone is over the bound and was not written.
 */
export async function writeCacheFile(cacheDir: string, sourceSha256: string, parsed: ParsedOhlcv, maxBytes = Number.POSITIVE_INFINITY): Promise<boolean> {
  const encoded = encodeCacheFile(sourceSha256, parsed);
  // An entry bigger than the whole bound would only evict everything else and then itself.
  if (encoded.length > maxBytes) return false;
  const target = cacheFilePath(cacheDir, sourceSha256);
  const temporary = `${target}.${process.pid}.${randomUUID()}.tmp`;
  await mkdir(cacheDir, { recursive: true });
  try {
    await writeFile(temporary, encoded);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  if (Number.isFinite(maxBytes)) await evictCacheEntries(cacheDir, maxBytes);
  return true;
}
