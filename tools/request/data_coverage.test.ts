import { describe, expect, it } from 'vitest';
import type { SymbolInfo } from '../data/types.js';
import { commonHistory, coveredWindow, dataFileFor, estimateBars } from './data_coverage.js';
import { runWindowFor } from './run_window.js';
import { RequestSpecSchema } from './request_spec.js';

// As `btp symbols` lists the bundled hourly file: its ends are bar times, not days.
const HOURLY: SymbolInfo = { symbol: 'BTC', quote: 'USDT', interval: '1h', asset_class: 'crypto', file: 'BTC-USDT-1h.csv', first: '2024-01-01T00:00:00Z', last: '2026-03-31T23:00:00Z', bars: 19_704 };
const DAILY: SymbolInfo = { ...HOURLY, interval: '1d', file: 'BTC-USDT-1d.csv', first: '2017-08-17', last: '2026-03-31', bars: 3_149 };

describe('data coverage of a listed file', () => {
  it('estimates an hourly file\'s bars in a window by its density (24 a day, gap-free)', () => {
    // 2024-01-01 .. 2026-03-31 is 821 days of 24 bars: 19,704, the file's count exactly.
    expect(estimateBars(HOURLY, { start: '2024-03-01', end: '2025-11-20' })).toBe(630 * 24);
    expect(estimateBars(DAILY, { start: '2024-01-01', end: '2024-12-31' })).toBe(366);
  });

  it('gives whole days for the ends an intraday file supplies', () => {
    expect(coveredWindow(HOURLY, {})).toEqual({ start: '2024-01-01', end: '2026-03-31' });
    expect(coveredWindow(HOURLY, { start: '2025-01-01' })).toEqual({ start: '2025-01-01', end: '2026-03-31' });
    expect(commonHistory([HOURLY, { ...HOURLY, symbol: 'ETH', first: '2024-02-01T00:00:00Z' }])).toEqual({ start: '2024-02-01', end: '2026-03-31' });
  });

  it('runs an hourly request without dates over the days its files share', () => {
    const spec = RequestSpecSchema.parse({ symbols: ['BTC'], strategies: [{ name: 'sma_crossover' }], interval: '1h' });
    expect(runWindowFor(spec, [DAILY, HOURLY])).toEqual({ start: '2024-01-01', end: '2026-03-31' });
  });

  // As the bundled sample lists XRP: a USD file from 2017-11 to 2024-06, a USDT one from 2018-05 to 2026-01.
  const XRP_USD: SymbolInfo = { symbol: 'XRP', quote: 'USD', interval: '1d', asset_class: 'crypto', file: 'XRP-USD-1d.csv', first: '2017-11-09', last: '2024-06-17', bars: 2_413, layer: 1 };
  const XRP_USDT: SymbolInfo = { ...XRP_USD, quote: 'USDT', file: 'XRP-USDT-1d.csv', first: '2018-05-04', last: '2026-01-05', bars: 2_804 };

  it('checks a request against the file the loader will run on: the one covering the window, not the longest', () => {
    expect(dataFileFor('XRP', [XRP_USD, XRP_USDT], undefined, { start: '2018-01-01', end: '2020-12-31' })?.file).toBe('XRP-USD-1d.csv');
    expect(dataFileFor('XRP', [XRP_USD, XRP_USDT], undefined, { start: '2024-01-01', end: '2025-12-31' })?.file).toBe('XRP-USDT-1d.csv');
    // With no window the longer history wins, as with the loader.
    expect(dataFileFor('XRP', [XRP_USD, XRP_USDT])?.file).toBe('XRP-USDT-1d.csv');
  });

  it('takes the user\'s copy of a symbol over the sample\'s, whatever the window, as the loader does', () => {
    const fetched: SymbolInfo = { ...XRP_USDT, first: '2024-01-01', bars: 737, layer: 0 };
    expect(dataFileFor('XRP', [XRP_USD, XRP_USDT, fetched], undefined, { start: '2018-01-01', end: '2020-12-31' })).toBe(fetched);
  });
});
