import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const dogeThenLitecoin = ['test rsi on dogecoin 2021-2023', 'add litecoin'];

describe('"and ripple": a follow-up opening with "and" and a symbol adds it', () => {
  it.each([
    ['and ripple', ['DOGE', 'LTC', 'XRP']],
    ['and solana too', ['DOGE', 'LTC', 'SOL']],
    ['ok and on xrp', ['DOGE', 'LTC', 'XRP']],
    ['and eth and link', ['DOGE', 'LTC', 'ETH', 'LINK']],
    ['plus doge', ['DOGE', 'LTC']],
    ['add ripple', ['DOGE', 'LTC', 'XRP']],
  ])('"%s"', (text, symbols) => {
    const spec = specOf(text, dogeThenLitecoin);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2023-12-31' });
  });
});

describe('must not change', () => {
  it('"what about solana" replaces', () => {
    expect(specOf('what about solana', dogeThenLitecoin).symbols).toEqual(['SOL']);
  });
  it('"and now the same for 2023" moves the window and keeps the symbol', () => {
    const spec = specOf('and now the same for 2023, please', ['Please backtest RSI on DOGE for 2024']);
    expect(spec.symbols).toEqual(['DOGE']);
    expect(spec.date_range).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });
  it('"ripple effects aside, SMA on BTC" still names BTC alone', () => {
    expect(specOf('ripple effects aside, SMA on BTC').symbols).toEqual(['BTC']);
  });
});
