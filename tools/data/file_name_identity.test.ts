import { describe, expect, it } from 'vitest';
import { identityFromFileName, splitPair } from './file_name_identity.js';

describe('identityFromFileName', () => {
  it.each([
    ['BTC-USDT-1d.csv', { complete: true, symbol: 'BTC', quote: 'USDT', interval: '1d' }],
    ['eth-usdt-1H.csv', { complete: true, symbol: 'ETH', quote: 'USDT', interval: '1h' }],
    ['BTCUSDT-1d-2024-01.csv', { complete: false, symbol: 'BTC', quote: 'USDT', interval: '1d' }],
    ['ETHUSDC-15m-2025-03-31.csv', { complete: false, symbol: 'ETH', quote: 'USDC', interval: '15m' }],
    ['BTC-USD.csv', { complete: false, symbol: 'BTC', quote: 'USD' }],
    ['AAPL.csv', { complete: false, symbol: 'AAPL' }],
    ['Binance_BTCUSDT_d.csv', { complete: false }],
    ['notes.txt.csv.bak', { complete: false }],
  ])('%s', (name, identity) => {
    expect(identityFromFileName(name)).toEqual(identity);
  });
});

describe('splitPair', () => {
  it('splits pairs in any notation and canonicalises the base', () => {
    expect(splitPair('BTC/USDT')).toEqual({ symbol: 'BTC', quote: 'USDT' });
    expect(splitPair('ethbusd')).toEqual({ symbol: 'ETH', quote: 'BUSD' });
    expect(splitPair('xbt-usd')).toEqual({ symbol: 'BTC', quote: 'USD' });
    expect(splitPair('ETHBTC')).toBeUndefined();
    expect(splitPair('USDT')).toBeUndefined();
  });
});
