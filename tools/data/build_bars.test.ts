import { describe, expect, it } from 'vitest';
import { buildBars, buildSourceInterval, builtSpan, canBuildFrom, describeIntervals, estimatedBuiltLine } from './build_bars.js';
import { findGaps } from './find_gaps.js';
import { summarizeMarketData } from './market_data_summary.js';
import type { AssetClass, OhlcvSeries } from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

interface Bar { t: string; o: number; h: number; l: number; c: number; v: number }

function hourly(bars: readonly Bar[], assetClass: AssetClass = 'crypto'): OhlcvSeries {
  const column = (pick: (bar: Bar) => number) => Float64Array.from(bars, pick);
  return {
    symbol: 'TEST', quote: 'USDT', interval: '1h', intervalMs: HOUR, assetClass, file: 'TEST-USDT-1h.csv', sha256: 'a'.repeat(64),
    provenance: { source: 'file', id: 'ohlcv/TEST-USDT-1h.csv', digest: 'a'.repeat(64) }, format: 'standard',
    time: column((bar) => at(bar.t)), open: column((bar) => bar.o), high: column((bar) => bar.h), low: column((bar) => bar.l),
    close: column((bar) => bar.c), volume: column((bar) => bar.v),
  };
}

/** Hour h of 2024-01-01: open 100+h, high 110+h, low 90+h, close 101+h, volume h. */
function plainHour(hour: number, day = '2024-01-01'): Bar {
  return { t: `${day}T${String(hour).padStart(2, '0')}:00:00Z`, o: 100 + hour, h: 110 + hour, l: 90 + hour, c: 101 + hour, v: hour };
}

describe('which intervals can be built', () => {
  it.each([
    [HOUR, 4 * HOUR, true], [HOUR, 2 * HOUR, true], [HOUR, 3 * HOUR, true], [HOUR, 12 * HOUR, true],
    [15 * 60_000, 45 * 60_000, true], [60_000, 15 * 60_000, true], [5 * 60_000, HOUR, true],
    [HOUR, DAY, false], // daily bars come from daily files only
    [HOUR, 5 * HOUR, false], // 5h does not divide a day: buckets would not start at midnight
    [HOUR, 90 * 60_000, false], // not a whole multiple of 1h
    [4 * HOUR, 4 * HOUR, false], [4 * HOUR, HOUR, false],
  ])('%d ms → %d ms: %s', (source, target, expected) => {
    expect(canBuildFrom(source, target)).toBe(expected);
  });

  it('builds from the coarsest file interval that divides the target, never when a file of it exists', () => {
    expect(buildSourceInterval('4h', ['1d', '1h'])).toBe('1h');
    expect(buildSourceInterval('4h', ['1m', '15m', '1h'])).toBe('1h');
    expect(buildSourceInterval('45m', ['1m', '15m', '1h'])).toBe('15m');
    expect(buildSourceInterval('4h', ['1h', '4h'])).toBeUndefined();
    expect(buildSourceInterval('15m', ['1d', '1h'])).toBeUndefined();
    expect(buildSourceInterval('1d', ['1h'])).toBeUndefined();
  });

  it('describes what a symbol can run on, files first', () => {
    expect(describeIntervals(['1h', '1d'])).toBe('1d, 1h (2h, 3h, 4h, 6h, 8h, 12h built from 1h)');
    expect(describeIntervals(['1d'])).toBe('1d');
    expect(describeIntervals(['1m', '1h'])).toBe('1h, 1m (3m, 5m, 15m, 30m built from 1m; 2h, 3h, 4h, 6h, 8h, 12h built from 1h)');
  });
});

describe('buildBars: hourly crypto bars into 4h bars (hand-checked)', () => {
  // 01:00–03:00: the data starts mid-bucket (00:00 is not held): an edge, left out.
  // 04:00–07:00: complete, with a spike high at 05:00 (130) and a dip low at 06:00 (80).
  // 08:00–11:00: 10:00 is missing: an incomplete bucket between complete ones, a gap.
  // 12:00–15:00: complete.
  // 16:00–17:00: the data stops mid-bucket: an edge, left out.
  const bars: Bar[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17].map((hour) => plainHour(hour));
  bars[4] = { ...bars[4]!, h: 130 };
  bars[5] = { ...bars[5]!, l: 80 };
  const source = hourly(bars);
  const built = buildBars(source, '4h');

  it('keeps only complete buckets, stamped at the bucket start', () => {
    expect(Array.from(built.time, iso)).toEqual(['2024-01-01T04:00:00.000Z', '2024-01-01T12:00:00.000Z']);
    expect(built).toMatchObject({ interval: '4h', intervalMs: 4 * HOUR, symbol: 'TEST', assetClass: 'crypto' });
  });

  it('open = first open, high = max, low = min, close = last close, volume = sum', () => {
    // 04:00 bucket: open 104 (04:00), high 130 (05:00 spike), low 80 (06:00 dip), close 108 (07:00), volume 4+5+6+7.
    // 12:00 bucket: open 112, high 125 (15:00), low 102 (12:00), close 116 (15:00), volume 12+13+14+15.
    expect([...built.open]).toEqual([104, 112]);
    expect([...built.high]).toEqual([130, 125]);
    expect([...built.low]).toEqual([80, 102]);
    expect([...built.close]).toEqual([108, 116]);
    expect([...built.volume]).toEqual([22, 54]);
    for (const column of [built.time, built.open, built.high, built.low, built.close, built.volume]) expect(column).toBeInstanceOf(Float64Array);
  });

  it('the incomplete middle bucket is a gap of the 4h bars, as findGaps reports it; the edges are not', () => {
    expect(built.builtFrom).toEqual({ interval: '1h', incompleteBuckets: 1 });
    expect(findGaps(built.time, built.intervalMs, 'crypto').gaps).toEqual([{ after: at('2024-01-01T04:00:00Z'), before: at('2024-01-01T12:00:00Z'), missingBars: 1 }]);
    expect(summarizeMarketData(built).data_notes).toEqual([
      '4h bars built from 1h bars (TEST-USDT-1h.csv); 1 incomplete 4h bucket(s) between complete ones left out, as gaps',
      '1 gap(s) in the 4h bars built from TEST-USDT-1h.csv (1 missing bars)',
    ]);
  });

  it('names the file it read and its digest, under a digest of its own', () => {
    expect(built.file).toBe('TEST-USDT-1h.csv');
    expect(built.provenance).toEqual({ ...source.provenance, built_from: '1h' });
    expect(built.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(built.sha256).not.toBe(source.sha256);
    expect(buildBars(source, '2h').sha256).not.toBe(built.sha256);
  });

  it('is built once per source series and interval; the span counts the same bars without building', () => {
    expect(buildBars(source, '4h')).toBe(built);
    expect(builtSpan(source, '4h')).toEqual({ first: at('2024-01-01T04:00:00Z'), last: at('2024-01-01T12:00:00Z'), bars: 2 });
    const twoHour = buildBars(source, '2h');
    // 02:00 (2,3), 04:00, 06:00, 08:00 (8,9), 12:00, 14:00, 16:00 (16,17); 00:00 and 10:00 lack a bar.
    expect(Array.from(twoHour.time, (ms) => iso(ms).slice(11, 16))).toEqual(['02:00', '04:00', '06:00', '08:00', '12:00', '14:00', '16:00']);
    expect(twoHour.builtFrom?.incompleteBuckets).toBe(1);
    expect(builtSpan(source, '2h').bars).toBe(7);
  });

  it('a whole day of complete hours is six 4h bars; a day with nothing complete builds nothing', () => {
    const day = hourly(Array.from({ length: 24 }, (_, hour) => plainHour(hour)));
    expect(buildBars(day, '4h').time.length).toBe(6);
    expect(buildBars(day, '12h').close[1]).toBe(101 + 23);
    expect(buildBars(hourly([plainHour(1), plainHour(2)]), '4h').time.length).toBe(0);
  });

  it('refuses what it cannot build', () => {
    const refusal = (() => { try { return buildBars(source, '1d'); } catch (error) { return error; } })();
    expect(refusal).toMatchObject({ code: 'interval_unavailable' });
    expect(() => buildBars(source, '5h')).toThrow(/divide a day/);
  });
});

describe('buildBars: intraday equities, whose nights are closed sessions, not missing bars', () => {
  // Hourly bars stamped at :30, 14:30–20:30 UTC (a New York session); the second day lacks 17:30.
  const session = (day: string, skip?: string): Bar[] => ['14', '15', '16', '17', '18', '19', '20']
    .filter((hour) => hour !== skip)
    .map((hour, index) => ({ t: `${day}T${hour}:30:00Z`, o: 10 + index, h: 20 + index, l: 5 + index, c: 11 + index, v: 1 }));
  const built = buildBars(hourly([...session('2024-01-02'), ...session('2024-01-03', '17')], 'equity'), '4h');

  it('a bucket the session opens or closes inside is complete; one missing a bar within the session is a gap', () => {
    expect(Array.from(built.time, iso)).toEqual([
      '2024-01-02T12:00:00.000Z', '2024-01-02T16:00:00.000Z', '2024-01-02T20:00:00.000Z',
      '2024-01-03T12:00:00.000Z', '2024-01-03T20:00:00.000Z',
    ]);
    // 2024-01-02 16:00 bucket: bars 16:30–19:30 (session index 2–5).
    expect([built.open[1], built.high[1], built.low[1], built.close[1], built.volume[1]]).toEqual([12, 25, 7, 16, 4]);
    expect(built.builtFrom?.incompleteBuckets).toBe(1);
    expect(findGaps(built.time, built.intervalMs, 'equity').gaps.map((gap) => gap.missingBars)).toEqual([1]);
  });
});

describe('estimatedBuiltLine: a listing line for an interval the listing does not offer', () => {
  it('scales the bars and rounds the span to whole buckets', () => {
    const line = estimatedBuiltLine({
      symbol: 'BTC', quote: 'USDT', interval: '1m', asset_class: 'crypto', file: 'BTC-USDT-1m.csv',
      first: '2024-01-01T00:03:00Z', last: '2024-01-01T23:59:00Z', bars: 1437,
    }, '10m');
    expect(line).toMatchObject({ interval: '10m', first: '2024-01-01T00:00:00Z', last: '2024-01-01T23:50:00Z', bars: 143, built_from: '1m', file: 'BTC-USDT-1m.csv' });
  });
});
