import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/** Selling the instrument short, as a verb on it, is the shorting switch (before: allow_short unset, "sol" unread). */
describe('shorting said as a verb on the symbol', () => {
  it.each([
    ['short ETH on momentum signals through 2022, 20 bps fees', ['ETH'], 'momentum'],
    ['shorting sol on ema crosses 2023', ['SOL'], 'ema_crossover'],
    ['go short btc with macd 2022', ['BTC'], 'macd'],
    ['go short on btc with macd 2022', ['BTC'], 'macd'],
    ['long and short eth with rsi 2022', ['ETH'], 'rsi_mean_reversion'],
    ['short eth 2022 with momentum', ['ETH'], 'momentum'],
    ['short TSLA with bollinger in 2021', ['TSLA'], 'bollinger_bands'],
  ])('"%s"', (text, symbols, strategy) => {
    const spec = specOf(text);
    expect(spec.allow_short).toBe(true);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.strategies[0]!.name).toBe(strategy);
  });

  it.each([
    // Must not change: "short" as the fast window, or said of time.
    ['sma short 10 long 50 on btc 2022', { short: 10, long: 50 }],
    ['sma short ma 10 long ma 50 on btc 2022', { short: 10, long: 50 }],
    ['sma on btc 2022 with a short window of 10', { short: 10 }],
  ])('"%s" stays a window', (text, params) => {
    const spec = specOf(text);
    expect(spec.allow_short).toBeUndefined();
    expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params });
  });

  it('"no shorting, sma on btc 2022" stays off', () => {
    expect(specOf('no shorting, sma on btc 2022').allow_short).toBe(false);
  });
});

/** A position kept through a year is kept across all of it, as "held through 2023" is (before: only the end was set). */
describe('a position kept through a year', () => {
  it.each([
    ['short ETH on momentum signals through 2022, 20 bps fees', [], { start: '2022-01-01', end: '2022-12-31' }],
    ['shorting btc with macd through 2021', [], { start: '2021-01-01', end: '2021-12-31' }],
    ['just hold them through 2022', ['sma crossover on btc and eth 2021'], { start: '2022-01-01', end: '2022-12-31' }],
    ['hold it through 2020', ['rsi on spy 2019'], { start: '2020-01-01', end: '2020-12-31' }],
  ])('"%s"', (text, history, range) => {
    expect(specOf(text, history).date_range).toEqual(range);
  });

  it('"just hold them through 2022" is buy and hold on both symbols', () => {
    const spec = specOf('just hold them through 2022', ['sma crossover on btc and eth 2021']);
    expect(spec.symbols).toEqual(['BTC', 'ETH']);
    expect(spec.strategies).toEqual([{ name: 'buy_and_hold' }]);
  });

  it.each([
    // Must not change: a bare "through" ends the run; after a start it ends the range.
    ['sma on btc through 2022', { end: '2022-12-31' }],
    ['short eth with sma from 2019 through 2022', { start: '2019-01-01', end: '2022-12-31' }],
    ['from 2020, held through 2023 on btc', { start: '2020-01-01', end: '2023-12-31' }],
  ])('"%s" reads as before', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });
});
