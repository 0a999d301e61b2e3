import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * The SHA-256 of each data file, remembered on disk beside the parsed-series cache, so a new
 * process (`btp symbols`, `btp backtest`) need not read every CSV to learn that it has not changed.
 * An entry holds only while the file's identity is the same: size, mtime, and ctime and inode,
 * which no tool sets back (git's index trusts the same fields). The index is a hint: a missing,
 * corrupt (failing its checksum) or lost entry only means the file is hashed again.
 */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

const INDEX_FILE = 'digests.v2.json';
/** Enough for any data folder; past it the oldest entries go (they are rebuilt on need). */
const MAX_ENTRIES = 10_000;

const EntrySchema = z.object({ size: z.number(), mtimeMs: z.number(), ctimeMs: z.number(), ino: z.number(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
/** The entries with a checksum of their JSON: a damaged index must not point a file at another file's parse. */
const IndexSchema = z.object({ entries: z.string(), sha256: z.string() });
const EntriesSchema = z.record(z.string(), EntrySchema);
type Entry = z.infer<typeof EntrySchema>;

const checksum = (text: string) => createHash('sha256').update(text).digest('hex');

const indexes = new Map<string, Map<string, Entry>>();

function sameIdentity(entry: FileIdentity, identity: FileIdentity): boolean {
  return entry.size === identity.size && entry.mtimeMs === identity.mtimeMs && entry.ctimeMs === identity.ctimeMs && entry.ino === identity.ino;
}

function indexOf(indexDir: string): Map<string, Entry> {
  let index = indexes.get(indexDir);
  if (!index) {
    index = new Map();
    try {
      const stored = IndexSchema.safeParse(JSON.parse(readFileSync(path.join(indexDir, INDEX_FILE), 'utf8')));
      const entries = stored.success && checksum(stored.data.entries) === stored.data.sha256 ? EntriesSchema.safeParse(JSON.parse(stored.data.entries)) : undefined;
      if (entries?.success) index = new Map(Object.entries(entries.data));
    } catch {
      // No index yet, or an unreadable one: start empty and rebuild it.
    }
    indexes.set(indexDir, index);
  }
  return index;
}

/** The remembered digest of `filePath`, if its identity has not changed since. */
export function knownDigest(indexDir: string, filePath: string, identity: FileIdentity): string | undefined {
  const entry = indexOf(indexDir).get(filePath);
  return entry && sameIdentity(entry, identity) ? entry.sha256 : undefined;
}

/** Remembers a digest and writes the index (whole, through a rename, so a reader never sees half a file). */
export async function rememberDigest(indexDir: string, filePath: string, identity: FileIdentity, sha256: string): Promise<void> {
  const index = indexOf(indexDir);
  index.delete(filePath);
  index.set(filePath, { size: identity.size, mtimeMs: identity.mtimeMs, ctimeMs: identity.ctimeMs, ino: identity.ino, sha256 });
  while (index.size > MAX_ENTRIES) index.delete(index.keys().next().value!);
  const target = path.join(indexDir, INDEX_FILE);
  const temporary = `${target}.${randomUUID()}.tmp`;
  try {
    await mkdir(indexDir, { recursive: true });
    const entries = JSON.stringify(Object.fromEntries(index));
    await writeFile(temporary, JSON.stringify({ entries, sha256: checksum(entries) }));
    await rename(temporary, target);
  } catch {
    // A read-only or blocked cache folder keeps the index in memory only.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** Forgets the in-memory copies (tests; the files stay). */
export function forgetDigestIndexes(): void {
  indexes.clear();
}
