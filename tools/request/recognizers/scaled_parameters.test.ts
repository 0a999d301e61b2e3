import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, userStrategiesOf } from '../test_support/spec_of.js';

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
