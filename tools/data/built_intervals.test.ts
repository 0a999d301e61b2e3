/**
 * Intervals no file holds, built from a finer file of the bundled sample (4h from BTC-USDT-1h.csv):
 * loaded, listed, validated, looked for by the on-demand fetch, and annualised like any series.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBacktest } from '../backtest/run_backtest.js';
import { resolveEngineSettings } from '../backtest/engine_settings.js';
import { parseRequest } from '../request/parse_request.js';
import { validateRequestSpec } from '../request/validate_request_spec.js';
import { bundledSampleFolder, joinDataFolders } from './data_folders.js';
import { findMissingData } from './fetch/missing_data.js';
import { loadSeries } from './load_series.js';
import { summarizeMarketData } from './market_data_summary.js';
import { csvFolderSource } from './source/csv_folder_source.js';
import { getSupportedSymbols, listDataDirectory } from './supported_symbols.js';

const sample = bundledSampleFolder();
const root = mkdtempSync(path.join(tmpdir(), 'btp-built-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function barAt(series: Awaited<ReturnType<typeof loadSeries>>, iso: string): number[] {
  const index = series.time.indexOf(Date.parse(iso));
  expect(index).toBeGreaterThanOrEqual(0);
  return [series.open[index]!, series.high[index]!, series.low[index]!, series.close[index]!, series.volume[index]!];
}

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(root, 'ohlcv-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

describe('loading 4h bars when only hourly and daily files exist', () => {
  it('builds them from BTC-USDT-1h.csv: 821 days × 6 bars, each the hand-summed hours of its bucket', async () => {
    const series = await loadSeries('BTC', { dataDir: sample, interval: '4h' });
    expect(series).toMatchObject({ symbol: 'BTC', interval: '4h', intervalMs: 4 * 3_600_000, file: 'BTC-USDT-1h.csv', assetClass: 'crypto' });
    expect(series.time.length).toBe(4926);
    // 2024-01-01 00:00–03:00 of the CSV: opens 42283.58 …, highs 42554.57 42775.0 42638.41 42586.64,
    // lows 42261.02 42431.65 42500.0 42230.08, last close 42330.49, volumes 1271.68108 + 1196.37856 + 685.2198 + 794.80391.
    const [open, high, low, close, volume] = barAt(series, '2024-01-01T00:00:00Z');
    expect([open, high, low, close]).toEqual([42283.58, 42775.0, 42230.08, 42330.49]);
    expect(volume).toBeCloseTo(3948.08335, 8);
    // 2025-01-01 00:00–03:00: 93576.0 open, 94509.42 high (00:00), 93489.03 low (00:00), 93838.04 close (03:00).
    const newYear = barAt(series, '2025-01-01T00:00:00Z');
    expect(newYear.slice(0, 4)).toEqual([93576.0, 94509.42, 93489.03, 93838.04]);
    expect(newYear[4]).toBeCloseTo(755.9901 + 586.53456 + 276.78045 + 220.99302, 8);
    expect(new Date(series.time[series.time.length - 1]!).toISOString()).toBe('2026-03-31T20:00:00.000Z');
  });

  it('says where they came from: the file, its digest, built from 1h bars', async () => {
    const hourly = await loadSeries('BTC', { dataDir: sample, interval: '1h' });
    const built = await loadSeries('btc', { dataDir: sample, interval: '4h' });
    expect(built.provenance).toEqual({ ...hourly.provenance, built_from: '1h' });
    expect(built.provenance!.digest).toBe(hourly.sha256);
    expect(built.sha256).not.toBe(hourly.sha256);
    expect(summarizeMarketData(built)).toMatchObject({
      interval: '4h', file: 'BTC-USDT-1h.csv', bars: 4926, data_ok: true, data_notes: ['4h bars built from 1h bars (BTC-USDT-1h.csv)'],
    });
  });

  it('still loads a file of the interval when there is one, and never builds daily bars', async () => {
    const fourHour = 'timestamp,open,high,low,close,volume\n2024-01-01T00:00:00Z,1,2,0.5,1.5,10\n2024-01-01T04:00:00Z,1.5,2,1,1.8,12\n';
    const own = folderWith({ 'BTC-USDT-4h.csv': fourHour });
    const series = await loadSeries('BTC', { dataDir: joinDataFolders([own, sample]), interval: '4h' });
    expect(series.file).toBe('BTC-USDT-4h.csv');
    expect(series.builtFrom).toBeUndefined();
    expect(series.time.length).toBe(2);
    const hourlyOnly = folderWith({ 'BTC-USDT-1h.csv': readFileSync(path.join(sample, 'BTC-USDT-1h.csv'), 'utf8') });
    await expect(loadSeries('BTC', { dataDir: hourlyOnly, interval: '1d' })).rejects.toMatchObject({
      code: 'interval_unavailable',
      message: 'no 1d data for BTC; available intervals: 1h (2h, 3h, 4h, 6h, 8h, 12h built from 1h)',
    });
    await expect(loadSeries('ETH', { dataDir: sample, interval: '15m' })).rejects.toMatchObject({ code: 'interval_unavailable' });
  });
});

describe('the listing', () => {
  it('lists each file once, and the intervals built from the hourly files beside them', async () => {
    const listing = await listDataDirectory(sample);
    expect(listing.symbols.some((info) => info.built_from !== undefined)).toBe(false);
    expect(listing.built.filter((info) => info.symbol === 'BTC').map((info) => info.interval)).toEqual(['12h', '8h', '6h', '4h', '3h', '2h']);
    expect(listing.built.find((info) => info.symbol === 'ETH' && info.interval === '4h')).toMatchObject({
      file: 'ETH-USDT-1h.csv', built_from: '1h', first: '2024-01-01T00:00:00Z', last: '2026-03-31T20:00:00Z', bars: 4926, source: 'sample',
    });
    // Only symbols with a finer file: SPY's daily file builds nothing.
    expect(new Set(listing.built.map((info) => info.symbol))).toEqual(new Set(['BTC', 'ETH']));
    const series = await csvFolderSource({ dataDir: sample }).list();
    expect(series.filter((info) => info.symbol === 'BTC').map((info) => info.interval)).toEqual(['1d', '12h', '8h', '6h', '4h', '3h', '2h', '1h']);
  });

  it('the on-demand fetch finds built bars held, within the hourly file\'s span', async () => {
    const listing = await csvFolderSource({ dataDir: sample }).list();
    const request = { symbols: ['BTC'], interval: '4h', start: '2025-01-01', end: '2025-06-30', today: '2026-11-24' };
    expect(findMissingData(request, listing)).toEqual([]);
    // From the files alone too (an interval the listing does not offer is looked for in the file it is built from).
    expect(findMissingData(request, await getSupportedSymbols(sample))).toEqual([]);
    expect(findMissingData({ ...request, start: '2023-01-01', end: '2023-06-30' }, listing)).toMatchObject([{ symbol: 'BTC', interval: '4h', required: true }]);
  });
});

describe('validation: "btc on 4-hour bars, macd, H1 2025" (btp parse)', () => {
  const today = '2026-11-24';

  it('is valid, with a note that the bars are built from the hourly file', async () => {
    const parsed = parseRequest('btc on 4-hour bars, macd, H1 2025', { today });
    expect(parsed.ok && parsed.spec.interval).toBe('4h');
    const outcome = validateRequestSpec(parsed.ok ? parsed.spec : undefined, { today, symbols: await csvFolderSource({ dataDir: sample }).list() });
    expect(outcome).toMatchObject({ ok: true, notes: ['4h bars built from 1h bars (BTC-USDT-1h.csv)'] });
  });

  it('is valid against a listing of files only too (an interval no built line is listed for)', async () => {
    const parsed = parseRequest('macd on eth 2h candles H1 2025', { today });
    const outcome = validateRequestSpec(parsed.ok ? parsed.spec : undefined, { today, symbols: await getSupportedSymbols(sample) });
    expect(outcome).toMatchObject({ ok: true, notes: ['2h bars built from 1h bars (ETH-USDT-1h.csv)'] });
  });

  it('an interval nothing can build is interval_unavailable, naming what the symbol can run on', async () => {
    const parsed = parseRequest('macd on btc 15-minute candles H1 2025', { today });
    const outcome = validateRequestSpec(parsed.ok ? parsed.spec : undefined, { today, symbols: await csvFolderSource({ dataDir: sample }).list() });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'interval_unavailable', available_intervals: ['1d', '1h'] } });
    expect(!outcome.ok && outcome.error.message).toBe(
      'no 15m bars for BTC in the data directory, and none can be built from its files; BTC has 1d, 1h (2h, 3h, 4h, 6h, 8h, 12h built from 1h) bars. ' +
      'Add a BTC 15m file (e.g. BTC-USDT-15m.csv) or ask for 1d or 1h',
    );
  });
});

describe('annualising built 4h crypto bars', () => {
  it('uses 2190 bars a year (365 × 6): CAGR = (1 + total return)^(2190 / bars) − 1', async () => {
    const series = await loadSeries('BTC', { dataDir: sample, interval: '4h' });
    const result = runBacktest(series, { strategy: 'buy_and_hold', range: { start: '2025-01-01', end: '2025-06-30' }, settings: resolveEngineSettings({}) });
    expect(result.periods_per_year).toBe(2190);
    expect(result.range).toEqual({ start: '2025-01-01T00:00:00Z', end: '2025-06-30T20:00:00Z', bars: 1086 }); // 181 days × 6
    const { total_return: total, cagr } = result.metrics;
    expect(cagr).toBeCloseTo((1 + total!) ** (2190 / 1086) - 1, 12);
    expect(result.data).toMatchObject({ file: 'BTC-USDT-1h.csv', interval: '4h', provenance: { built_from: '1h' } });
  });
});
