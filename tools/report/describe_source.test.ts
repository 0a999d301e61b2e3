import { describe, expect, it } from 'vitest';
import { describeSource } from './describe_source.js';

const DIGEST = 'a'.repeat(64);

describe('describeSource: one wording of where a series came from', () => {
  it.each([
    [{ source: 'sample', id: 'sample/BTC-USDT-1d.csv', digest: DIGEST }, 'sample'],
    [{ source: 'file', id: 'ohlcv/BTC-USDT-1d.csv', digest: DIGEST }, 'file'],
    [{ source: 'binance', id: 'ohlcv/BTC-USDT-1d.csv', digest: DIGEST, market: 'BTC/USDT', fetched_at: '2026-12-01T08:00:00.000Z' }, 'binance (BTC/USDT), fetched 2026-12-01'],
    [{ source: 'yahoo', id: 'ohlcv/SPY-USD-1d.csv', digest: DIGEST, market: 'SPY', adjusted: true, fetched_at: '2026-12-01T08:00:00.000Z' }, 'yahoo (SPY, split- and dividend-adjusted), fetched 2026-12-01'],
    [undefined, 'unknown'],
  ])('%o → %s', (provenance, expected) => {
    expect(describeSource(provenance)).toBe(expected);
  });
});
