import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeries } from './load_series.js';
import { validateData } from './validate_data.js';
import type { AssetClass, OhlcvSeries } from './types.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const root = mkdtempSync(path.join(tmpdir(), 'btp-validate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A consistent series (low < open = close < high) at the given times and closes. */
function makeSeries(time: number[], options: { close?: number[]; assetClass?: AssetClass; intervalMs?: number } = {}): OhlcvSeries {
  const close = Float64Array.from(options.close ?? time.map((_, index) => 100 + index));
  const intervalMs = options.intervalMs ?? DAY;
  return {
    symbol: 'TEST', quote: 'USD', interval: intervalMs === DAY ? '1d' : '1h', intervalMs,
    assetClass: options.assetClass ?? 'crypto', file: 'TEST-USD-1d.csv', sha256: '0'.repeat(64), format: 'standard',
    time: Float64Array.from(time), open: close.slice(), high: close.map((value) => value * 1.01),
    low: close.map((value) => value * 0.99), close, volume: close.map(() => 1000),
  };
}

function consecutiveDays(first: string, count: number): number[] {
  return Array.from({ length: count }, (_, index) => day(first) + index * DAY);
}

async function loadCsv(name: string, rows: string[]): Promise<OhlcvSeries> {
  const dataDir = mkdtempSync(path.join(root, 'data-'));
  writeFileSync(path.join(dataDir, name), `timestamp,open,high,low,close,volume\n${rows.join('\n')}\n`);
  return loadSeries(name.split('-')[0]!, { dataDir });
}

describe('validateData: rows out of order or repeated', () => {
  const plantedRows = [
    '2024-01-01,10,11,9,10,1',
    '2024-01-02,10,11,9,10,1',
    '2024-01-04,10,11,9,10,1',
    '2024-01-03,10,11,9,10,1',
    '2024-01-04,99,99,99,99,9',
    '2024-01-05,10,11,9,10,1',
  ];

  it('refuses a file whose timestamps go back or repeat, naming the first such line', async () => {
    await expect(loadCsv('ABC-USDT-1d.csv', plantedRows)).rejects.toMatchObject({
      code: 'invalid_data', details: { file: 'ABC-USDT-1d.csv', line: 5, rule: 'increasing_time' },
    });
  });

  it('with the drop policy keeps the rows in order and lists each dropped one', async () => {
    const dataDir = mkdtempSync(path.join(root, 'data-'));
    writeFileSync(path.join(dataDir, 'ABC-USDT-1d.csv'), `timestamp,open,high,low,close,volume\n${plantedRows.join('\n')}\n`);
    const series = await loadSeries('ABC', { dataDir, invalidRows: 'drop' });
    expect([...series.time]).toEqual([day('2024-01-01'), day('2024-01-02'), day('2024-01-04'), day('2024-01-05')]);
    expect(series.open[2]).toBe(10); // the first 2024-01-04 row is kept
    expect(series.parseIssues?.invalid_rows).toEqual([
      { line: 5, rule: 'increasing_time', timestamp: '2024-01-03' },
      { line: 6, rule: 'increasing_time', timestamp: '2024-01-04' },
    ]);
    expect(validateData(series)).toMatchObject({ duplicate_timestamps: [], unsorted_timestamps: [], gaps: [{ after: '2024-01-02', before: '2024-01-04', missing_bars: 1 }] });
  });

  it('finds the same problems in columns that were never sorted', () => {
    const time = [day('2024-01-01'), day('2024-01-03'), day('2024-01-02'), day('2024-01-02'), day('2024-01-04')];
    expect(validateData(makeSeries(time))).toMatchObject({ ok: false, duplicate_timestamps: ['2024-01-02'], unsorted_timestamps: ['2024-01-02'] });
  });
});

describe('validateData: gaps', () => {
  it('reports a missing day of a 24/7 crypto series with the bars either side', () => {
    const time = consecutiveDays('2024-03-01', 10).filter((_, index) => index !== 4 && index !== 5);
    expect(validateData(makeSeries(time))).toMatchObject({
      ok: false, gaps: [{ after: '2024-03-04', before: '2024-03-07', missing_bars: 2 }], missing_bars: 2,
    });
  });

  it('does not call an equity weekend a gap', () => {
    // Thursday 2024-03-07, Friday 03-08, Monday 03-11, Tuesday 03-12.
    const report = validateData(makeSeries([day('2024-03-07'), day('2024-03-08'), day('2024-03-11'), day('2024-03-12')], { assetClass: 'equity' }));
    expect(report).toMatchObject({ ok: true, gaps: [], possible_holidays: { count: 0, dates: [] } });
  });

  it('counts a missing equity weekday as a possible holiday, not an error', () => {
    // Good Friday 2024-03-29 and the weekend after it are absent.
    const report = validateData(makeSeries([day('2024-03-27'), day('2024-03-28'), day('2024-04-01')], { assetClass: 'equity' }));
    expect(report).toMatchObject({ ok: true, gaps: [], possible_holidays: { count: 1, dates: ['2024-03-29'] } });
  });

  it('calls more than four missing equity weekdays in a row a gap', () => {
    // Friday 2024-03-01 to Monday 2024-03-11: Mon 4 .. Fri 8 missing, five weekdays.
    const report = validateData(makeSeries([day('2024-03-01'), day('2024-03-11')], { assetClass: 'equity' }));
    expect(report).toMatchObject({ ok: false, gaps: [{ after: '2024-03-01', before: '2024-03-11', missing_bars: 5 }] });
  });

  it('reports missing hours of crypto, but not an equity night', () => {
    const hours = [0, 1, 2, 5, 6].map((hour) => day('2024-01-01') + hour * HOUR);
    expect(validateData(makeSeries(hours, { intervalMs: HOUR })).gaps).toEqual([
      { after: '2024-01-01T02:00:00Z', before: '2024-01-01T05:00:00Z', missing_bars: 2 },
    ]);
    const session = (iso: string) => [14, 15, 16].map((hour) => day(iso) + hour * HOUR);
    const equity = makeSeries([...session('2024-01-02'), ...session('2024-01-03')], { intervalMs: HOUR, assetClass: 'equity' });
    expect(validateData(equity).gaps).toEqual([]);
  });

  it('counts exactly the bars removed from a complete crypto series', () => {
    fc.assert(fc.property(fc.integer({ min: 3, max: 200 }), fc.array(fc.nat(), { maxLength: 20 }), (length, picks) => {
      const removed = new Set(picks.map((pick) => 1 + (pick % (length - 2)))); // never the first or last bar
      const time = consecutiveDays('2020-01-01', length).filter((_, index) => !removed.has(index));
      const report = validateData(makeSeries(time));
      expect(report.missing_bars).toBe(removed.size);
      expect(report.ok).toBe(removed.size === 0);
    }));
  });
});

describe('validateData: OHLC consistency', () => {
  it('names each impossible bar and what is wrong with it', () => {
    const series = makeSeries(consecutiveDays('2024-01-01', 4));
    series.low[1] = series.close[1]! + 1; // low above open and close
    series.high[2] = series.open[2]! - 1; // high below open and close
    series.close[3] = 0;
    series.open[3] = -1;
    expect(validateData(series)).toMatchObject({
      ok: false,
      ohlc_issues: [
        { timestamp: '2024-01-02', problems: ['low_above_open', 'low_above_close'] },
        { timestamp: '2024-01-03', problems: ['high_below_open', 'high_below_close'] },
        { timestamp: '2024-01-04', problems: ['non_positive_price', 'low_above_open', 'low_above_close'] },
      ],
    });
  });
});

describe('validateData: outlier moves', () => {
  // 30 returns alternating +1 % / -1 % in log terms, then a +50 % jump and the jump back.
  const logReturns = [...Array.from({ length: 30 }, (_, index) => (index % 2 === 0 ? 0.01 : -0.01)), Math.log(1.5), -Math.log(1.5)];
  const close = logReturns.reduce((prices, step) => [...prices, prices[prices.length - 1]! * Math.exp(step)], [100]);
  const time = consecutiveDays('2024-01-01', close.length);
  // Sample standard deviation of fifteen +0.01 and fifteen -0.01: 0.01 * sqrt(30 / 29).
  const rollingStd = 0.01 * Math.sqrt(30 / 29);

  it('flags a jump beyond K rolling standard deviations and the floor, and the jump back', () => {
    const report = validateData(makeSeries(time, { close }));
    expect(report.outliers).toHaveLength(2);
    expect(report.outliers[0]).toMatchObject({ timestamp: '2024-02-01', previous_timestamp: '2024-01-31' });
    expect(report.outliers[0]!.log_return).toBeCloseTo(Math.log(1.5), 12);
    expect(report.outliers[0]!.rolling_std).toBeCloseTo(rollingStd, 12);
    expect(report.outliers[1]!.log_return).toBeCloseTo(-Math.log(1.5), 12);
    // Outliers are warnings: a real crash is one too.
    expect(report.ok).toBe(true);
    expect(report.outlier_rule).toEqual({ window: 30, sigma: 6, min_abs_log_return: 0.1 });
  });

  it('leaves a move below the absolute floor alone, however many deviations it is', () => {
    expect(validateData(makeSeries(time, { close }), { outlierMinAbsLogReturn: 0.5 }).outliers).toEqual([]);
  });

  it('does not judge moves before it has a full window of history', () => {
    expect(validateData(makeSeries(time, { close }), { outlierWindow: 40 }).outliers).toEqual([]);
  });

  it('rejects a nonsensical rule', () => {
    expect(() => validateData(makeSeries(time, { close }), { outlierWindow: 1 })).toThrow(/window must be an integer/);
  });
});

describe('validateData never changes the data', () => {
  it('leaves every column as it was, for any values', () => {
    const column = fc.array(fc.double({ noNaN: false }), { minLength: 5, maxLength: 5 });
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 5, maxLength: 5 }), column, column, (days, lows, closes) => {
      const series = makeSeries(days.map((offset) => day('2024-01-01') + offset * DAY), { close: closes });
      series.low.set(lows);
      const before = JSON.stringify([series.time, series.open, series.high, series.low, series.close, series.volume].map((values) => [...values]));
      const report = validateData(series);
      expect(JSON.stringify([series.time, series.open, series.high, series.low, series.close, series.volume].map((values) => [...values]))).toBe(before);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    }));
  });
});
