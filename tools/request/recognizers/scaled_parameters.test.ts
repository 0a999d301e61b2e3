import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from '../test_support/spec_of.js';

describe('"double the lookback", "halve both of those": settings multiplied', () => {
  it.each([
    ['double the lookback', 'rsi 14 with 30/70 on doge since 2022', { name: 'rsi_mean_reversion', params: { period: 28, lower: 30, upper: 70 } }],
    ['halve both of those', 'donchian 40/20 on ltc 2019-2021', { name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }],
    ['triple the period', 'rsi on btc 2022', { name: 'rsi_mean_reversion', params: { period: 42 } }],
    ['cut the lookback in half', 'momentum on btc 2022', { name: 'momentum', params: { lookback: 45 } }],
    ['double the short window', 'sma 20/50 on btc 2022', { name: 'sma_crossover', params: { short: 40, long: 50 } }],
    ['double both windows', 'sma 20/50 on btc 2022', { name: 'sma_crossover', params: { short: 40, long: 100 } }],
  ])('"%s" after "%s"', (text, first, expected) => {
    expect(userStrategiesOf(text, [first])).toEqual([expected]);
  });

  it('the rest of the request is kept', () => {
    const outcome = parseRequest('double the lookback', { today: PHRASE_TEST_TODAY, history: ['momentum 60 on eth 2021'] });
    expect(outcome.ok && outcome.spec.symbols).toEqual(['ETH']);
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});

describe('must not change', () => {
  it('"double the capital" scales no strategy setting', () => {
    const outcome = parseRequest('double the capital', { today: PHRASE_TEST_TODAY, history: ['sma 20/50 on btc 2022'] });
    expect(outcome.ok && outcome.spec.strategies.find((strategy) => strategy.name === 'sma_crossover')?.params).not.toEqual({ short: 40, long: 100 });
  });
  it('"btc doubled in 2021" is a story, not a setting', () => {
    expect(userStrategiesOf('btc doubled in 2021, run sma 20/50 on it for 2022')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });
});

describe('"make the lookback more short, the half of before": a multiple of the value it had', () => {
  it.each([
    ['make the lookback more short, the half of before', 'momentum on btc 2022', { name: 'momentum', params: { lookback: 45 } }],
    ['make the lookback half as long', 'momentum on btc 2022', { name: 'momentum', params: { lookback: 45 } }],
    ['make the lookback twice what it was', 'momentum on btc 2022', { name: 'momentum', params: { lookback: 180 } }],
    ['set the slow window to three times its current value', 'sma 20/50 on btc 2022', { name: 'sma_crossover', params: { short: 20, long: 150 } }],
    ['make the period longer, double of before', 'rsi on btc 2022', { name: 'rsi_mean_reversion', params: { period: 28 } }],
  ])('"%s" after "%s"', (text, first, expected) => {
    expect(userStrategiesOf(text, [first])).toEqual([expected]);
  });

  it('keeps the rest of the message: "…, the half of before, and add also the Litecoin"', () => {
    const spec = specOf('Thank you. Now please can you make the lookback more short, the half of before, and add also the Litecoin', ['momentum for Bitcoin since 2020']);
    expect(spec.symbols).toEqual(['BTC', 'LTC']);
    expect(spec.strategies.find((strategy) => strategy.name === 'momentum')?.params).toEqual({ lookback: 45 });
  });

  it('must not change: a comparative against the multiple ("longer, half of before") is not read', () => {
    const outcome = parseRequest('make the lookback longer, half of before', { today: PHRASE_TEST_TODAY, history: ['momentum on btc 2022'] });
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('not_understood');
  });
  it('must not change: "make the lookback 45" is a value, not a multiple', () => {
    expect(userStrategiesOf('make the lookback 45', ['momentum on btc 2022'])).toEqual([{ name: 'momentum', params: { lookback: 45 } }]);
  });
});

describe('"double the lookback pls, 90 days feels twitchy": a remark on the current value spoils nothing', () => {
  it.each([
    ['double the lookback pls, 90 days feels twitchy', 'momentum on qqq since 2015', { name: 'momentum', params: { lookback: 180 } }],
    ['halve the period - 14 is too slow', 'rsi on btc 2022', { name: 'rsi_mean_reversion', params: { period: 7 } }],
    ['cut the lookback in half, 90 is a bit sluggish', 'momentum on btc 2022', { name: 'momentum', params: { lookback: 45 } }],
    ['double the short window, 20 bars seems way too noisy', 'sma 20/100 on btc 2022', { name: 'sma_crossover', params: { short: 40, long: 100 } }],
  ])('"%s" after "%s"', (text, first, expected) => {
    expect(userStrategiesOf(text, [first])).toEqual([expected]);
    expect(specOf(text, [first]).notes?.some((note) => note.startsWith('ignored: '))).toBe(false);
  });

  it('must not change: a number that is not the current value is not a remark ("60 feels twitchy" with a 90 lookback)', () => {
    const outcome = parseRequest('double the lookback, 60 feels twitchy', { today: PHRASE_TEST_TODAY, history: ['momentum on btc 2022'] });
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('not_understood');
  });
});

describe('"double the fees", "halve the slippage", "triple the costs": costs multiplied', () => {
  const history = ['ema cross on ltc 2022', 'set fees to 0.1% and slippage 5 bps'];
  it.each([
    ['double the fees', 20, 5],
    ['halve the slippage', 10, 2.5],
    ['triple the costs', 30, 15],
    ['cut the commission in half', 5, 5],
    ['make the fees half of what they are', 5, 5],
  ])('"%s"', (text, fees, slippage) => {
    const spec = specOf(text, history);
    expect([spec.fees_bps, spec.slippage_bps]).toEqual([fees, slippage]);
  });

  it('doubles the default fee when none was set', () => {
    expect(specOf('double the fees', ['ema cross on ltc 2022']).fees_bps).toBe(20);
  });
  it('double the costs with no slippage set doubles the fees and says the slippage stays unset', () => {
    const spec = specOf('double the costs', ['ema cross on ltc 2022']);
    expect([spec.fees_bps, spec.slippage_bps]).toEqual([20, undefined]);
    expect(spec.notes?.some((note) => note.includes('no slippage to scale'))).toBe(true);
  });
  it('must not change: "double the fees" scales no strategy setting', () => {
    expect(userStrategiesOf('double the fees', ['sma 20/50 on btc 2022'])).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });
});
