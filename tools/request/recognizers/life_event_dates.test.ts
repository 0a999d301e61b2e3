import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

// specOf reads on 2026-01-10.
describe('a life event dated as written starts or ends the range, as "since the pandemic hit in March 2020" does', () => {
  it.each([
    ['since my daughter was born in 2019 I\'ve saved a little. if I had traded ethereum with the MACD since then, how would it look?', { start: '2019-01-01', end: '2026-01-10' }],
    ['sma 50/200 on spy since my granddaughter was born in 2015?', { start: '2015-01-01', end: '2026-01-10' }],
    ['rsi on btc ever since we moved to Lisbon in June 2020', { start: '2020-06-01', end: '2026-01-10' }],
    ['macd on eth from when I started my new job in April 2022', { start: '2022-04-01', end: '2026-01-10' }],
    ['Momentum on SPY from when I retired in March 2021 until I got sick in October 2023.', { start: '2021-03-01', end: '2023-10-31' }],
    ['ema crossover on qqq from 2018 until my husband passed away in May 2022', { start: '2018-01-01', end: '2022-05-31' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });
});

describe('must not change', () => {
  it('a year after the event still reads as before', () => {
    expect(specOf('rsi on spy since 2019, when my daughter was born').date_range?.start).toBe('2019-01-01');
  });
  it('an event with no year sets no dates', () => {
    expect(specOf('rsi on spy since my daughter was born in March. Run it for 2022.').date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });
  it('an event still to come is the writer\'s plan, not the end of the run', () => {
    expect(specOf('I\'m saving before my kid starts college in 2031. Can you backtest sma 50/200 on spy from 2015 to 2024?').date_range)
      .toEqual({ start: '2015-01-01', end: '2024-12-31' });
  });
  it('a story told as a reason in a follow-up keeps the conversation\'s window', () => {
    const spec = specOf('My wife reminded me our savings are in Ethereum, not Bitcoin, since her brother got us into it back in 2020. Make it ETH instead.', ['rsi on btc for 2022']);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });
  it('"since the pandemic hit in March 2020" is read as before', () => {
    expect(specOf('rsi on spy since the pandemic hit in March 2020').date_range?.start).toBe('2020-03-01');
  });
});

describe('a life event that dates the window does not make its sentence a story', () => {
  it.each([
    ['No Bitcoin. Just Ethereum, an EMA crossover with 9 and 21, since my daughter was born in 2021.', ['ETH']],
    ['Please leave Bitcoin out of it, I sold all mine. Just Ethereum, an EMA crossover with 9 and 21, since my daughter was born in 2021.', ['ETH']],
    ['I trade a bit. RSI on SOL from when I retired in March 2022.', ['SOL']],
  ])('"%s"', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });

  it('must not change: what someone ran since their own event stays their story', () => {
    const spec = specOf('My brother ran SMA on BTC since he retired in 2020. Try RSI on ETH for 2023.');
    expect([spec.symbols, spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name), spec.date_range])
      .toEqual([['ETH'], ['rsi_mean_reversion'], { start: '2023-01-01', end: '2023-12-31' }]);
  });
});
