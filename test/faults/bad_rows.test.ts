/**
 * Fault suite, bad rows (issue 18 §4): wrong data is never used silently. Each row rule fails the
 * load with invalid_data naming file, line and rule; the drop policy drops and lists each row;
 * symlinks are followed; entries that cannot be read are listed as skipped with the reason; a
 * corrupt cache entry is rebuilt; the cache stays under its bound.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cacheFilePath, evictCacheEntries } from '../../tools/data/cache_file.js';
import { clearSeriesCache, getSeriesCacheStats } from '../../tools/data/data_file.js';
import { sha256Hex } from '../../tools/data/file_hash.js';
import { listDataDirectory, loadSeries } from '../../tools/data/index.js';
import { summarizeMarketData } from '../../tools/data/market_data_summary.js';

const root = mkdtempSync(path.join(tmpdir(), 'btp-bad-rows-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => clearSeriesCache());

const HEADER = 'timestamp,open,high,low,close,volume';
const GOOD = ['2024-01-01,10,12,9,11,100', '2024-01-02,11,13,10,12,100', '2024-01-03,12,14,11,13,100'];

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(root, 'data-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function csv(rows: readonly string[]): string {
  return `${HEADER}\n${rows.join('\n')}\n`;
}

// Each bad row is written as line 3 of the file (header, one good row, the bad one, then good rows).
const BAD_ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ['a zero close', '2024-01-02,11,13,10,0,100', 'positive_prices'],
  ['a negative close', '2024-01-02,11,13,10,-12,100', 'positive_prices'],
  ['a negative open', '2024-01-02,-11,13,10,12,100', 'positive_prices'],
  ['high below low', '2024-01-02,11,9,13,12,100', 'low_below_open_close'],
  ['low above the close', '2024-01-02,11,13,12.5,12,100', 'low_below_open_close'],
  ['high below the open', '2024-01-02,14,13,10,12,100', 'high_above_open_close'],
  ['negative volume', '2024-01-02,11,13,10,12,-1', 'non_negative_volume'],
  ['a duplicate timestamp', '2024-01-01,11,13,10,12,100', 'increasing_time'],
  ['a timestamp going back', '2023-12-31,11,13,10,12,100', 'increasing_time'],
];

describe('each row rule', () => {
  it.each(BAD_ROWS)('%s is invalid_data naming the file, line 3 and the rule', async (_label, row, rule) => {
    const dir = folderWith({ 'ABC-USDT-1d.csv': csv([GOOD[0]!, row, GOOD[2]!]) });
    const failure = await loadSeries('ABC', { dataDir: dir }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'invalid_data', details: { file: 'ABC-USDT-1d.csv', line: 3, rule } });
    expect((failure as Error).message).toContain('ABC-USDT-1d.csv line 3');
    expect((failure as Error).message).toContain('--drop-invalid');
  });

  it.each(BAD_ROWS)('%s is dropped with the drop policy and named in the notes', async (_label, row, rule) => {
    const dir = folderWith({ 'ABC-USDT-1d.csv': csv([GOOD[0]!, row, GOOD[2]!]) });
    const series = await loadSeries('ABC', { dataDir: dir, invalidRows: 'drop' });
    expect(series.time.length).toBe(2);
    expect(series.parseIssues?.invalid_rows).toEqual([expect.objectContaining({ line: 3, rule })]);
    const { data_notes: notes } = summarizeMarketData(series);
    expect(notes.some((note) => note.startsWith('dropped ABC-USDT-1d.csv line 3'))).toBe(true);
  });

  it('a clean file loads with no notes about dropped rows', async () => {
    const dir = folderWith({ 'ABC-USDT-1d.csv': csv(GOOD) });
    const series = await loadSeries('ABC', { dataDir: dir });
    expect(series.parseIssues?.invalid_rows).toEqual([]);
    expect(summarizeMarketData(series).data_notes).toEqual([]);
  });

  it('a gap longer than the interval is counted in a note', async () => {
    const dir = folderWith({ 'ABC-USDT-1d.csv': csv([GOOD[0]!, '2024-01-05,12,14,11,13,100']) });
    expect(summarizeMarketData(await loadSeries('ABC', { dataDir: dir })).data_notes).toEqual(['1 gap(s) in ABC-USDT-1d.csv (3 missing bars)']);
  });

  it('the listing reports an invalid file (code, line, rule) and still lists the good ones', async () => {
    const dir = folderWith({ 'ABC-USDT-1d.csv': csv(GOOD), 'BAD-USDT-1d.csv': csv([GOOD[0]!, BAD_ROWS[0]![1]]) });
    const listing = await listDataDirectory(dir);
    expect(listing.symbols.map((info) => info.file)).toEqual(['ABC-USDT-1d.csv']);
    expect(listing.errors).toEqual([expect.objectContaining({ file: 'BAD-USDT-1d.csv', code: 'invalid_data', line: 3, rule: 'positive_prices' })]);
  });
});

describe('the data folder', () => {
  it('follows symbolic links and lists what it cannot read as skipped, with the reason', async () => {
    const elsewhere = folderWith({ 'REAL-USDT-1d.csv': csv(GOOD) });
    const dir = folderWith({ 'ABC-USDT-1d.csv': csv(GOOD) });
    symlinkSync(path.join(elsewhere, 'REAL-USDT-1d.csv'), path.join(dir, 'LINK-USDT-1d.csv'));
    symlinkSync(path.join(elsewhere, 'GONE-USDT-1d.csv'), path.join(dir, 'GONE-USDT-1d.csv'));
    mkdirSync(path.join(dir, 'FOLDER-USDT-1d.csv'));
    execFileSync('mkfifo', [path.join(dir, 'PIPE-USDT-1d.csv')]);
    const listing = await listDataDirectory(dir);
    expect(listing.symbols.map((info) => info.file)).toEqual(['ABC-USDT-1d.csv', 'LINK-USDT-1d.csv']);
    expect(listing.skipped.map((entry) => [entry.file, entry.reason])).toEqual([
      ['FOLDER-USDT-1d.csv', 'not a regular file (a directory)'],
      ['GONE-USDT-1d.csv', 'a symbolic link to nothing (its target does not exist)'],
      ['PIPE-USDT-1d.csv', 'not a regular file (a device, FIFO or socket)'],
    ]);
    expect((await loadSeries('LINK', { dataDir: dir })).time.length).toBe(3);
  });

  it.skipIf(process.getuid?.() === 0)('lists a file without read permission as skipped', async () => {
    const dir = folderWith({ 'ABC-USDT-1d.csv': csv(GOOD), 'LOCKED-USDT-1d.csv': csv(GOOD) });
    execFileSync('chmod', ['000', path.join(dir, 'LOCKED-USDT-1d.csv')]);
    const listing = await listDataDirectory(dir);
    expect(listing.skipped).toEqual([expect.objectContaining({ file: 'LOCKED-USDT-1d.csv', reason: 'not readable (permission denied)' })]);
  });
});

describe('the parse cache', () => {
  it('detects a corrupt entry by its checksum, deletes it and rebuilds it from the CSV', async () => {
    const text = csv(GOOD);
    const dir = folderWith({ 'ABC-USDT-1d.csv': text });
    const cacheDir = `${dir}-cache`;
    const first = await loadSeries('ABC', { dataDir: dir, cacheDir });
    const entry = cacheFilePath(cacheDir, sha256Hex(Buffer.from(text)));
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.ohlcv'))).toEqual([path.basename(entry)]);
    const bytes = readFileSync(entry);
    bytes[bytes.length - 40] ^= 0xff;
    writeFileSync(entry, bytes);
    clearSeriesCache();
    const rebuilt = await loadSeries('ABC', { dataDir: dir, cacheDir });
    expect(getSeriesCacheStats()).toMatchObject({ disk_hits: 0, parses: 1, disk_writes: 1, disk_corrupt: 1 });
    expect([...rebuilt.close]).toEqual([...first.close]);
    clearSeriesCache();
    await loadSeries('ABC', { dataDir: dir, cacheDir });
    expect(getSeriesCacheStats()).toMatchObject({ disk_hits: 1, parses: 0 });
  });

  it('evicts the least recently used entries past its bound', async () => {
    const cacheDir = mkdtempSync(path.join(root, 'cache-'));
    const names = ['a', 'b', 'c'].map((name) => `${name.repeat(64)}.v2.ohlcv`);
    names.forEach((name, index) => {
      writeFileSync(path.join(cacheDir, name), Buffer.alloc(1000));
      const used = new Date(Date.UTC(2024, 0, 1 + index));
      utimesSync(path.join(cacheDir, name), used, used);
    });
    // `a` is the oldest, but was used last: `b` goes first, then `c`.
    const now = new Date(Date.UTC(2024, 1, 1));
    utimesSync(path.join(cacheDir, names[0]!), now, now);
    expect(await evictCacheEntries(cacheDir, 1500)).toEqual([names[1], names[2]]);
    expect(readdirSync(cacheDir)).toEqual([names[0]]);
    expect(statSync(path.join(cacheDir, names[0]!)).size).toBe(1000);
  });
});
