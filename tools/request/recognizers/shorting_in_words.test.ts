import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/** Shorting asked for in plain words (before: allow_short unset). */
describe('shorting asked for in plain words', () => {
  it.each<[string, string[]?]>([
    ['bro i wanna see momentun with lookback 30 days on doge coin, from 2021 until now, and if possible with short also'],
    ['Night nurse. ema crossover on the Nasdaq 100 since 2020, and let it bet on the price going down as well as up.'],
    ['ema on btc 2022 with shorts too'],
    ['ema on btc 2022, also short'],
    ['ema on btc 2022, also short please'],
    ['hmm, can I also short it when it crosses down?', ['ema on btc 2022']],
    ['ema on btc 2022, allow short also'],
    ['ema on btc 2022, short side also'],
    ['ema on btc 2022, let it go short too'],
    ['ema on btc 2022, I want to profit from falling prices as well'],
    ['ema on btc 2022 and bet on drops too'],
    ['ema on btc 2022 and make money when the market drops too'],
    ['macd on eth 2023, it should also make money in down markets'],
    ['macd on eth 2023, I want to bet against it too'],
    ['macd on eth 2023, trade both ways'],
    ['macd on eth 2023, in both directions'],
  ])('"%s"', (text, history = []) => {
    expect(specOf(text, history).allow_short).toBe(true);
  });

  it.each([
    ['ema on btc 2022, long only', false],
    ["ema on btc 2022, don't bet on the price going down", false],
    ['ema on btc 2022, the price going down scares me', undefined],
    ["ema on btc 2022, I don't want shorts", undefined],
    ['rsi on btc 2022, I want to profit from dips', undefined],
    ['I made money in down markets before. macd on eth 2023', undefined],
    ['ema on btc 2022, plus short and long of 10 and 30', undefined],
  ])('"%s" stays %s', (text, expected) => {
    expect(specOf(text).allow_short).toBe(expected);
  });

  it.each([
    ['ema on btc 2022 with short 10 and long 30', { short: 10, long: 30 }],
    ['ema on btc 2022, also short window 5', { short: 5 }],
  ])('"%s": "short" stays the fast window', (text, params) => {
    const spec = specOf(text);
    expect(spec.allow_short).toBeUndefined();
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params });
  });
});

const smaRun = ['sma 20/50 on BTC 2021, 10 bps fees'];

/**
 * "let it go short as well": the short side beside the long one, so the rest of the follow-up
 * replaces as it would alone (before: "as well" made it add ETH beside BTC and 2022 beside 2021).
 */
describe('switch, date and shorting in one follow-up', () => {
  it.each([
    ['switch to eth, make it 2022, and let it go short as well', 'ETH', { start: '2022-01-01', end: '2022-12-31' }],
    ['swap to sol, make it 2023 and allow shorting', 'SOL', { start: '2023-01-01', end: '2023-12-31' }],
    ['change to ETH and make it 2022', 'ETH', { start: '2022-01-01', end: '2022-12-31' }],
    ['move to eth, 2022 please, and allow shorting too', 'ETH', { start: '2022-01-01', end: '2022-12-31' }],
    ['switch over to sol for 2023 and let it short as well', 'SOL', { start: '2023-01-01', end: '2023-12-31' }],
  ])('"%s"', (text, symbol, window) => {
    const spec = specOf(text, smaRun);
    expect(spec.symbols).toEqual([symbol]);
    expect(spec.date_range).toEqual(window);
    expect(spec.fees_bps).toBe(10);
  });

  it('the short side is allowed', () => {
    expect(specOf('switch to eth, make it 2022, and let it go short as well', smaRun).allow_short).toBe(true);
  });
});

describe('must not change: "as well" with a symbol still adds', () => {
  it('"run it on eth as well"', () => {
    expect(specOf('run it on eth as well', smaRun).symbols).toEqual(['BTC', 'ETH']);
  });
  it('"allow shorting and add eth as well"', () => {
    const spec = specOf('allow shorting and add eth as well', smaRun);
    expect(spec.symbols).toEqual(['BTC', 'ETH']);
    expect(spec.allow_short).toBe(true);
  });
  it('"sol" with no symbol context stays a word', () => {
    expect(specOf('switch the sol thing off', smaRun).symbols).toEqual(['BTC']);
  });
});

/** The short side named, then said to be let: "short selling is also allowed" (before: allow_short unset, "allowed" ignored). */
describe('shorting said to be allowed, or not', () => {
  it.each<[string, boolean]>([
    ['Can you make sma cross 20 and 100 on dogecoin in 2021 year, and short selling is also allowed please.', true],
    ['sma on doge 2021, shorting is allowed', true],
    ['sma on doge 2021, shorts are ok too', true],
    ['sma on doge 2021, short positions are fine', true],
    ['sma on doge 2021, short selling allowed', true],
    ['sma on doge 2021, allow short positions', true],
    ['sma on doge 2021, short selling is not allowed', false],
    ["sma on doge 2021, shorting isn't allowed", false],
    ['sma on doge 2021, no shorting', false],
    ['sma on doge 2021, long only', false],
  ])('"%s"', (text, allowed) => {
    expect(specOf(text).allow_short).toBe(allowed);
  });
});

/**
 * A verb of letting first, with "also"/"too"/"as well" beside the short side: "allow also the short
 * positions". Before: allow_short unset.
 */
describe('shorting let with the verb first', () => {
  it.each([
    'Ciao, I would want to see the golden cross on the S&P 500 from 2012 until now, and please allow also the short positions. Grazie mille',
    'sma on btc 2023, allow the shorts too',
    'sma on btc 2023, permit short positions',
    'sma on btc 2023, enable shorting as well',
    'sma on btc 2023 and allow as well the shorting',
    'sma on btc 2023, permit also short selling',
  ])('"%s"', (text) => {
    expect(specOf(text).allow_short).toBe(true);
  });

  it('denied: "don\'t allow also the shorts" keeps it off', () => {
    expect(specOf("sma on btc 2023, don't allow also the shorts").allow_short).toBe(false);
  });

  it.each(['sma on btc 2023, allow also short 10', 'sma on btc 2023, allow also the short window to be 10'])('a window stays a window: "%s"', (text) => {
    const spec = specOf(text);
    expect(spec.allow_short).toBeUndefined();
    expect(spec.strategies.find((strategy) => !strategy.baseline)?.params).toMatchObject({ short: 10 });
  });
});
