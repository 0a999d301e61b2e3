import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDataDirectory } from './supported_symbols.js';
import { loadSeries } from './load_series.js';
import { validateData } from './validate_data.js';

const dataDir = path.resolve(process.env.BTP_DATA_DIR ?? 'data/sample');

// The table in SOURCES.md: file, first, last, rows.
const SOURCES_TABLE: ReadonlyArray<readonly [string, string, string, number]> = [
  ['BTC-USDT-1d.csv', '2017-08-17', '2026-01-05', 3064],
  ['ETH-USDT-1d.csv', '2017-08-17', '2026-01-05', 3064],
  ['LTC-USDT-1d.csv', '2017-12-13', '2026-01-05', 2946],
  ['XRP-USDT-1d.csv', '2018-05-04', '2026-01-05', 2804],
  ['SOL-USDT-1d.csv', '2020-08-11', '2026-01-05', 1974],
  ['ADA-USDT-1d.csv', '2018-04-17', '2026-01-05', 2821],
  ['BNB-USDT-1d.csv', '2017-11-06', '2026-01-05', 2983],
  ['DOGE-USDT-1d.csv', '2019-07-05', '2026-01-05', 2377],
  ['XRP-USD-1d.csv', '2017-11-09', '2024-06-17', 2413],
  ['BTC-USDT-1h.csv', '2024-01-01T00:00:00Z', '2026-03-31T23:00:00Z', 19704],
  ['ETH-USDT-1h.csv', '2024-01-01T00:00:00Z', '2026-03-31T23:00:00Z', 19704],
  ['SPY-USD-1d.csv', '1993-01-29', '2026-03-27', 8347],
  ['QQQ-USD-1d.csv', '1999-03-10', '2026-03-27', 6805],
  ['GLD-USD-1d.csv', '2004-11-18', '2026-03-27', 5372],
  ['AAPL-USD-1d.csv', '2005-01-03', '2026-08-11', 5435],
  ['MSFT-USD-1d.csv', '2005-01-03', '2026-08-11', 5435],
];

// Missing weekdays per equity file, from SOURCES.md ("SPY lacks 304 weekdays ...", 202 for Stooq).
const HOLIDAY_COUNTS: Readonly<Record<string, number>> = { SPY: 304, QQQ: 253, GLD: 200, AAPL: 202, MSFT: 202 };

/** A row of the CSV as text, split by hand: the independent reference for spot checks. */
function csvRow(file: string, timestamp: string): number[] {
  const line = readFileSync(path.join(dataDir, file), 'utf8').split('\n').find((text) => text.startsWith(`${timestamp},`));
  if (!line) throw new Error(`no row ${timestamp} in ${file}`);
  return line.split(',').slice(1).map(Number);
}

function barAt(series: Awaited<ReturnType<typeof loadSeries>>, timestamp: string): number[] {
  const index = series.time.indexOf(Date.parse(timestamp.length === 10 ? `${timestamp}T00:00:00Z` : timestamp));
  expect(index).toBeGreaterThanOrEqual(0);
  return [series.open[index]!, series.high[index]!, series.low[index]!, series.close[index]!, series.volume[index]!];
}

describe('the shared data directory', () => {
  it('lists every file with the first, last and row count SOURCES.md states, and no errors', async () => {
    const listing = await listDataDirectory(dataDir);
    expect(listing.errors).toEqual([]);
    const listed = listing.symbols.map((info) => [info.file, info.first, info.last, info.bars]);
    expect(listed.sort()).toEqual(SOURCES_TABLE.map((row) => [...row]).sort());
  });

  it('names symbol, quote, interval and asset class from the file names and content', async () => {
    const { symbols } = await listDataDirectory(dataDir);
    const byFile = new Map(symbols.map((info) => [info.file, info]));
    expect(byFile.get('BTC-USDT-1h.csv')).toMatchObject({ symbol: 'BTC', quote: 'USDT', interval: '1h', asset_class: 'crypto' });
    expect(byFile.get('XRP-USD-1d.csv')).toMatchObject({ symbol: 'XRP', quote: 'USD', interval: '1d', asset_class: 'crypto' });
    expect(byFile.get('SPY-USD-1d.csv')).toMatchObject({ symbol: 'SPY', quote: 'USD', interval: '1d', asset_class: 'equity' });
    expect(byFile.get('AAPL-USD-1d.csv')?.asset_class).toBe('equity');
  });

  it('records the SHA-256 that SOURCES.md lists for the file', async () => {
    const series = await loadSeries('BTC', { dataDir });
    expect(series.sha256).toBe('132d6cbe5b85123514f77a95ffbe9a7b2cd5b371a80c98d614db10e5d9a54e61');
    expect(series.sha256).toBe(createHash('sha256').update(readFileSync(path.join(dataDir, series.file))).digest('hex'));
  });

  it('holds the values written in the CSV text', async () => {
    const btc = await loadSeries('BTC', { dataDir });
    expect(barAt(btc, '2020-03-12')).toEqual([7934.58, 7966.17, 4410.0, 4800.0, 261505.608653]);
    expect(barAt(btc, '2018-02-08')).toEqual(csvRow('BTC-USDT-1d.csv', '2018-02-08'));
    const hourly = await loadSeries('btc', { dataDir, interval: '1h' });
    expect(barAt(hourly, '2026-03-31T23:00:00Z')).toEqual([68173.59, 68371.1, 68090.2, 68284.48, 610.99275]);
    const spy = await loadSeries('SPY', { dataDir });
    expect(barAt(spy, '2008-10-10')).toEqual(csvRow('SPY-USD-1d.csv', '2008-10-10'));
    const msft = await loadSeries('microsoft', { dataDir });
    expect(barAt(msft, '2010-04-26')).toEqual([23.8264, 24.0341, 23.7224, 23.9088, 0]);
  });

  it('validates BTC daily as SOURCES.md describes it: no gaps, no OHLC issues, nothing reordered', async () => {
    const report = validateData(await loadSeries('BTC', { dataDir }));
    expect(report).toMatchObject({
      ok: true, gaps: [], missing_bars: 0, ohlc_issues: [], duplicate_timestamps: [], unsorted_timestamps: [], skipped_rows: 0,
    });
    // 2020-03-12 closed at 4800.0 after 7934.52 on 2020-03-11: a real crash, flagged as an outlier (a warning).
    expect(report.outliers.find((move) => move.timestamp === '2020-03-12')).toMatchObject({
      previous_timestamp: '2020-03-11', log_return: Math.log(4800 / 7934.52),
    });
  });

  it('finds no gaps in the hourly files and counts the equity holidays SOURCES.md counts', async () => {
    for (const symbol of ['BTC', 'ETH']) {
      expect(validateData(await loadSeries(symbol, { dataDir, interval: '1h' })).gaps).toEqual([]);
    }
    for (const [symbol, holidays] of Object.entries(HOLIDAY_COUNTS)) {
      const report = validateData(await loadSeries(symbol, { dataDir }));
      expect({ symbol, ok: report.ok, gaps: report.gaps, holidays: report.possible_holidays.count }).toEqual({ symbol, ok: true, gaps: [], holidays });
    }
    const spy = validateData(await loadSeries('SPY', { dataDir }));
    expect(spy.possible_holidays.dates).toEqual(expect.arrayContaining(['2001-09-11', '2001-09-14', '2012-10-29', '2025-01-09']));
  });
});

describe('choosing between XRP-USD-1d.csv and XRP-USDT-1d.csv', () => {
  const load = (start: string, end: string) => loadSeries('XRP', { dataDir, range: { start, end } });

  it('uses the Yahoo file for early 2018, which only it covers', async () => {
    expect((await load('2018-01-01', '2018-03-01')).file).toBe('XRP-USD-1d.csv');
  });

  it('uses the Binance file for 2019 to 2025, which only it covers', async () => {
    expect((await load('2019-01-01', '2025-12-31')).file).toBe('XRP-USDT-1d.csv');
  });

  it('prefers the longer history when both cover the window', async () => {
    // Both cover 2019; XRP-USDT spans 2018-05-04..2026-01-05, XRP-USD 2017-11-09..2024-06-17 (shorter).
    expect((await load('2019-01-01', '2019-12-31')).file).toBe('XRP-USDT-1d.csv');
  });

  it('takes the largest overlap when neither covers the window, and returns the whole file', async () => {
    // Over 2017-01-01..2023-12-31 the Yahoo file overlaps 2017-11-09..2023-12-31 (2244 days), the
    // Binance file 2018-05-04..2023-12-31 (2067 days).
    const series = await load('2017-01-01', '2023-12-31');
    expect(series.file).toBe('XRP-USD-1d.csv');
    expect(series.time.length).toBe(2413);
  });
});
