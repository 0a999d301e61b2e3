import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isBacktestPilotError } from '../errors.js';
import { clearSeriesCache } from './data_file.js';
import { loadSeries } from './load_series.js';
import { parseOhlcvCsv } from './parse_ohlcv_csv.js';
import { listDataDirectory } from './supported_symbols.js';
import type { OhlcvSeries } from './types.js';

const sharedDir = path.resolve(process.env.BTP_DATA_DIR ?? 'data/sample');
const temporaryDirs: string[] = [];
afterAll(() => temporaryDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh data directory holding exactly these files. */
function dataDirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'btp-dialects-'));
  temporaryDirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

interface Bar { date: string; ms: number; values: string[] }

/** The first rows of a real standard file, split by hand; every dialect below is written from them. */
function firstBars(file: string, count: number): { header: string; lines: string[]; bars: Bar[] } {
  const [header, ...rest] = readFileSync(path.join(sharedDir, file), 'utf8').trim().split('\n');
  const lines = rest.slice(0, count);
  const bars = lines.map((line) => {
    const [date, ...values] = line.split(',');
    return { date: date!, ms: Date.parse(date!.length === 10 ? `${date}T00:00:00Z` : date!), values };
  });
  return { header: header!, lines, bars };
}

const daily = firstBars('BTC-USDT-1d.csv', 12);
const hourly = firstBars('BTC-USDT-1h.csv', 30);
const standardDaily = `${daily.header}\n${daily.lines.join('\n')}\n`;

function columnsOf(series: OhlcvSeries): number[][] {
  return [series.time, series.open, series.high, series.low, series.close, series.volume].map((column) => [...column]);
}

/** The one series a directory holding only these files offers. */
async function loadOnly(files: Record<string, string>, interval = '1d'): Promise<OhlcvSeries> {
  const dataDir = dataDirWith(files);
  const [info] = (await listDataDirectory(dataDir)).symbols;
  return loadSeries(info!.symbol, { dataDir, interval });
}

describe('CSV dialects, recognised by header, load the same bars as the standard file', () => {
  const reference = parseOhlcvCsv(standardDaily, 'BTC-USDT-1d.csv');
  const expected = [reference.time, reference.open, reference.high, reference.low, reference.close, reference.volume].map((column) => [...column]);

  it('reads the standard file as written', () => {
    expect(expected[0]).toEqual(daily.bars.map((bar) => bar.ms));
    expect(expected[4]).toEqual(daily.bars.map((bar) => Number(bar.values[3])));
  });

  it('Yahoo Finance: skips null rows, counts them and fills nothing', async () => {
    const rows = daily.bars.map((bar) => { const [o, h, l, c, v] = bar.values; return [bar.date, o, h, l, c, c, v].join(','); });
    rows.splice(4, 0, '2017-08-20,null,null,null,null,null,null');
    const text = `Date,Open,High,Low,Close,Adj Close,Volume\n${rows.join('\n')}\n`;
    const parsed = parseOhlcvCsv(text, 'BTC-USD.csv');
    expect(parsed.format).toBe('yahoo');
    expect(parsed.issues).toMatchObject({ skipped_rows: 1, skipped_row_timestamps: ['2017-08-20'] });
    // The null row's date holds a real bar in the standard file; here it is absent, not filled.
    expect(parsed.time.length).toBe(daily.bars.length);
    const series = await loadOnly({ 'BTC-USD.csv': text });
    expect(series).toMatchObject({ symbol: 'BTC', quote: 'USD', interval: '1d', format: 'yahoo', assetClass: 'crypto' });
    expect(columnsOf(series)).toEqual(expected);
  });

  for (const [label, scale] of [['milliseconds', 1], ['microseconds', 1000]] as const) {
    const klines = daily.bars.map((bar) => {
      const [o, h, l, c, v] = bar.values;
      return [bar.ms * scale, o, h, l, c, v, (bar.ms + 86_399_999) * scale, '123.4', '42', '1.5', '6.7', '0'].join(',');
    });

    it(`Binance klines without a header, open time in ${label}`, async () => {
      const series = await loadOnly({ 'BTCUSDT-1d-2017-08.csv': `${klines.join('\n')}\n` });
      expect(series).toMatchObject({ symbol: 'BTC', quote: 'USDT', interval: '1d', format: 'binance', assetClass: 'crypto' });
      expect(columnsOf(series)).toEqual(expected);
    });

    it(`Binance klines with a header, open time in ${label}`, async () => {
      const header = 'open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_base_volume,taker_buy_quote_volume,ignore';
      const series = await loadOnly({ 'BTCUSDT-1d-2017-08.csv': `${header}\n${klines.join('\n')}\n` });
      expect(series.format).toBe('binance');
      expect(columnsOf(series)).toEqual(expected);
    });
  }

  for (const [label, scale] of [['seconds', 0.001], ['milliseconds', 1]] as const) {
    it(`CryptoDataDownload: banner, newest row first, unix in ${label}; symbol from the rows`, async () => {
      const rows = daily.bars.map((bar) => {
        const [o, h, l, c, v] = bar.values;
        return [bar.ms * scale, `${bar.date} 00:00:00`, 'BTC/USDT', o, h, l, c, v, '999.9', '77'].join(',');
      }).reverse();
      const text = `https://www.CryptoDataDownload.com\nunix,date,symbol,open,high,low,close,Volume BTC,Volume USDT,tradecount\n${rows.join('\n')}\n`;
      const series = await loadOnly({ 'Binance_BTCUSDT_d.csv': text });
      expect(series).toMatchObject({ symbol: 'BTC', quote: 'USDT', interval: '1d', format: 'cryptodatadownload' });
      expect(columnsOf(series)).toEqual(expected);
      // Newest-first is this dialect's own order, not an unsorted file.
      expect(series.parseIssues?.unsorted_times).toEqual([]);
    });
  }

  it('infers the interval from the bar spacing when the name does not give it (CryptoDataDownload hourly)', async () => {
    const rows = hourly.bars.map((bar) => [bar.ms / 1000, bar.date, 'ETHUSDT', ...bar.values, '1', '2'].join(',')).reverse();
    const text = `https://www.CryptoDataDownload.com\nunix,date,symbol,open,high,low,close,Volume ETH,Volume USDT,tradecount\n${rows.join('\n')}\n`;
    const dir = dataDirWith({ 'Binance_ETHUSDT_1h.csv': text });
    const series = await loadSeries('ethereum', { dataDir: dir, interval: '1h' });
    expect(series).toMatchObject({ symbol: 'ETH', quote: 'USDT', interval: '1h', intervalMs: 3_600_000 });
    expect([...series.time]).toEqual(hourly.bars.map((bar) => bar.ms));
  });

  it('takes a Yahoo-named ticker without a quote as USD, and weekday-only bars as equity', async () => {
    const weekdays = daily.bars.filter((bar) => ![0, 6].includes(new Date(bar.ms).getUTCDay()));
    const rows = weekdays.map((bar) => [bar.date, ...bar.values].join(','));
    const series = await loadOnly({ 'ACME.csv': `Date,Open,High,Low,Close,Volume\n${rows.join('\n')}\n` });
    expect(series).toMatchObject({ symbol: 'ACME', quote: 'USD', interval: '1d', assetClass: 'equity', format: 'yahoo' });
    const crypto = await loadOnly({ 'NEWCOIN.csv': `Date,Open,High,Low,Close,Volume\n${daily.lines.join('\n')}\n` });
    expect(crypto.assetClass).toBe('crypto');
  });
});

describe('values', () => {
  it('reads every plain decimal exactly as Number does, however many digits', () => {
    const decimal = fc.tuple(fc.constantFrom('', '+'), fc.stringMatching(/^[1-9]\d{0,19}$/), fc.option(fc.stringMatching(/^\d{0,20}$/)))
      .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === null ? '' : `.${fraction}`}`);
    fc.assert(fc.property(decimal, (cell) => {
      const parsed = parseOhlcvCsv(`timestamp,open,high,low,close,volume\n2024-01-01,${cell},${cell},${cell},${cell},${cell}\n`, 'X-USD-1d.csv');
      for (const column of [parsed.open, parsed.high, parsed.low, parsed.close, parsed.volume]) expect(column[0]).toBe(Number(cell));
    }));
  });
});

describe('files the loader refuses', () => {
  function errorOf(action: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
    try {
      action();
    } catch (error) {
      if (isBacktestPilotError(error)) return { code: error.code, message: error.message, details: error.details };
      throw error;
    }
    throw new Error('expected an error');
  }

  it('names the file and the accepted headers for an unknown header', () => {
    const failure = errorOf(() => parseOhlcvCsv('when,price\n2024-01-01,1\n', 'prices.csv'));
    expect(failure.code).toBe('bad_data_file');
    expect(failure.message).toContain('prices.csv');
    expect(failure.message).toContain('timestamp,open,high,low,close,volume');
    expect(failure.details.accepted_headers).toHaveLength(4);
  });

  it('names the file and row of a value that is not a number, instead of guessing', () => {
    const failure = errorOf(() => parseOhlcvCsv(`${daily.header}\n2024-01-01,1,2,0.5,1.5,abc\n`, 'X-USD-1d.csv'));
    expect(failure).toMatchObject({ code: 'bad_data_file', details: { file: 'X-USD-1d.csv', row: 1 } });
    expect(failure.message).toContain('"abc"');
    expect(errorOf(() => parseOhlcvCsv(`${daily.header}\n2023-02-30,1,2,0.5,1.5,3\n`, 'X-USD-1d.csv')).message).toContain('timestamp');
    expect(errorOf(() => parseOhlcvCsv(`${daily.header}\n2024-01-01,1,2,0.5,,3\n`, 'X-USD-1d.csv')).message).toContain('close');
  });

  it('reports a broken file in the listing without hiding the good ones', async () => {
    clearSeriesCache();
    const dir = dataDirWith({ 'BTC-USDT-1d.csv': standardDaily, 'BAD-USD-1d.csv': 'hello\nworld\n', 'EMPTY-USD-1d.csv': '' });
    const listing = await listDataDirectory(dir);
    expect(listing.symbols.map((info) => info.file)).toEqual(['BTC-USDT-1d.csv']);
    expect(listing.errors.map((error) => [error.file, error.code])).toEqual([['BAD-USD-1d.csv', 'bad_data_file'], ['EMPTY-USD-1d.csv', 'bad_data_file']]);
    expect((await loadSeries('BTC', { dataDir: dir })).file).toBe('BTC-USDT-1d.csv');
    const broken = await loadSeries('BAD', { dataDir: dir }).catch((error: unknown) => error);
    expect(broken).toMatchObject({ code: 'bad_data_file', details: { symbol: 'BAD', file: 'BAD-USD-1d.csv' } });
  });

  it('says so when the data directory does not exist', async () => {
    const missing = path.join(tmpdir(), 'btp-no-such-dir', 'data');
    await expect(listDataDirectory(missing)).rejects.toMatchObject({ code: 'bad_data_file', details: { data_dir: missing } });
  });

  it('says which intervals a symbol has when the asked one is missing', async () => {
    const dir = dataDirWith({ 'BTC-USDT-1d.csv': standardDaily });
    await expect(loadSeries('BTC', { dataDir: dir, interval: '4h' })).rejects.toMatchObject({
      code: 'interval_unavailable', details: { symbol: 'BTC', interval: '4h', available_intervals: ['1d'] },
    });
  });
});
