import { randomUUID } from 'node:crypto';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * Where a series came from, whatever source served it: `source` is `sample` (bundled with the
 * package), `file` (a CSV the user placed), a ccxt exchange id (`binance`) or `yahoo`; `id` names
 * the file it was read from by its data folder's name (`sample/BTC-USDT-1d.csv`), never by an
 * absolute path; `digest` the SHA-256 of that file's bytes.
 */
export const SeriesProvenanceSchema = z.object({
  source: z.string().min(1),
  id: z.string().regex(/^[^/\\:]+(?:\/[^/\\:]+)?$/, 'a data folder\'s name and a file name (sample/BTC-USDT-1d.csv), never a path'),
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256'),
  /** When a fetched series was last fetched or updated (ISO time, UTC). */
  fetched_at: z.string().optional(),
  /** The market the source was asked for: `BTC/USDT` on an exchange, `SPY` on Yahoo. */
  market: z.string().optional(),
  /** Fetched prices that are split- and dividend-adjusted (Yahoo); absent for raw prices. */
  adjusted: z.boolean().optional(),
  /** The series' bars were built from this finer interval of the file `id` names (`1h` for 4h bars); absent for a file's own bars. */
  built_from: z.string().optional(),
}).strict();
export type SeriesProvenance = z.output<typeof SeriesProvenanceSchema>;

/** What `btp data fetch` records beside each file it writes (`<file>.provenance.json`). */
export interface FetchRecord {
  source: string;
  market: string;
  interval: string;
  fetched_at: string;
  /** SHA-256 of the CSV this record describes: a file edited since is no longer "fetched". */
  sha256: string;
  /** Yahoo daily prices are split- and dividend-adjusted or raw, as fetched; absent for crypto. */
  adjusted?: boolean;
}

export function fetchRecordPath(csvPath: string): string {
  return `${csvPath.replace(/\.csv$/i, '')}.provenance.json`;
}

function isFetchRecord(value: unknown): value is FetchRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['source', 'market', 'interval', 'fetched_at', 'sha256'].every((key) => typeof record[key] === 'string');
}

/** The fetch record of a CSV file when there is one that still matches its bytes. */
export async function readFetchRecord(csvPath: string, sha256: string): Promise<FetchRecord | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(fetchRecordPath(csvPath), 'utf8'));
    return isFetchRecord(parsed) && parsed.sha256 === sha256 ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The temporary files of earlier writes of `target` whose writer was killed before its rename. */
async function removeAbandonedTemporaries(target: string): Promise<void> {
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(path.dirname(target));
  } catch {
    return;
  }
  await Promise.all(names.map(async (name) => {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length).split('.')[0]) : Number.NaN;
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid)) await rm(path.join(path.dirname(target), name), { force: true });
  }));
}

/**
 * Writes a file so that readers see the old bytes or the new ones, never a half file: temp, then
 * rename. A temporary file a killed writer left behind is removed by the next write of the file.
 */
export async function writeFileAtomically(target: string, contents: string | Uint8Array | AsyncIterable<string | Uint8Array>): Promise<void> {
  await removeAbandonedTemporaries(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      if (typeof contents === 'string' || contents instanceof Uint8Array) await handle.writeFile(contents);
      else for await (const chunk of contents) await handle.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      // On disk before the rename, so not even a power cut can leave the new name on a half file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function writeFetchRecord(csvPath: string, record: FetchRecord): Promise<void> {
  await writeFileAtomically(fetchRecordPath(csvPath), `${JSON.stringify(record, null, 2)}\n`);
}
