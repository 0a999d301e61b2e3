import { describe, expect, it } from 'vitest';
import { decodeCacheFile, encodeCacheFile } from './cache_file.js';
import { parseOhlcvCsv } from './parse_ohlcv_csv.js';
import { seriesBytes } from './series_bytes.js';
import type { OhlcvSeries } from './types.js';

const HEADER = 'timestamp,open,high,low,close,volume';

function seriesOf(text: string): OhlcvSeries {
  const parsed = parseOhlcvCsv(text, 'ABC-USDT-1d.csv', { invalidRows: 'drop' });
  return { symbol: 'ABC', quote: 'USDT', interval: '1d', intervalMs: 86_400_000, assetClass: 'crypto', file: 'ABC-USDT-1d.csv', sha256: 'f'.repeat(64), ...parsed, parseIssues: parsed.issues };
}

function rows(count: number): string {
  return Array.from({ length: count }, (_, day) => `${new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10)},10,12,9,11,100`).join('\n');
}

describe('the bytes a loaded series keeps alive', () => {
  it('counts six columns decoded as views on the cache file once, by the whole file they keep alive: 472 bytes plus 1,024 of overhead', () => {
    const parsed = parseOhlcvCsv(`${HEADER}\n${rows(3)}\n`, 'ABC-USDT-1d.csv');
    const file = encodeCacheFile('0'.repeat(64), parsed);
    expect(file.length).toBe(472);
    const decoded = decodeCacheFile(file, '0'.repeat(64))!;
    expect(decoded.close.buffer).toBe(file.buffer);
    expect(seriesBytes({ ...seriesOf(`${HEADER}\n${rows(3)}\n`), ...decoded })).toBe(1_496);
  });

  it('copies the columns out of a file that shares its buffer or sits unaligned in it: 3 bars × 6 × 8 = 144 bytes plus 1,024', () => {
    const parsed = parseOhlcvCsv(`${HEADER}\n${rows(3)}\n`, 'ABC-USDT-1d.csv');
    const file = encodeCacheFile('0'.repeat(64), parsed);
    const shifted = Buffer.concat([Buffer.alloc(1), file]).subarray(1);
    const decoded = decodeCacheFile(shifted, '0'.repeat(64))!;
    expect(decoded.close.buffer).not.toBe(shifted.buffer);
    expect(Array.from(decoded.close)).toEqual(Array.from(parsed.close));
    expect(seriesBytes({ ...seriesOf(`${HEADER}\n${rows(3)}\n`), ...decoded })).toBe(1_168);
  });

  it('counts a fresh parse by its grown buffers: 3 bars still hold the first 1,024-row columns, 6 × 1,024 × 8 bytes plus 1,024', () => {
    expect(seriesBytes(seriesOf(`${HEADER}\n${rows(3)}\n`))).toBe(50_176);
  });

  it('adds each listed parse issue: one dropped duplicate row is 64 bytes more', () => {
    const withDuplicate = seriesOf(`${HEADER}\n${rows(3)}\n${rows(1)}\n`);
    expect(withDuplicate.parseIssues!.invalid_rows).toHaveLength(1);
    expect(seriesBytes(withDuplicate)).toBe(50_240);
  });
});
