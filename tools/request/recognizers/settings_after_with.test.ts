import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

describe('numbers after "with" that cannot be a whole split are the strategy\'s settings', () => {
  it.each([
    ['ema crossover on ETH 2021-2024 with 12/26', { short: 12, long: 26 }],
    ['ema crossover on ETH with 12/26', { short: 12, long: 26 }],
    ['sma on BTC 2020 to 2022 with 20/50', { short: 20, long: 50 }],
    ['macd on ETH since 2021 with 12/26/9', { fast: 12, slow: 26, signal: 9 }],
    ['bollinger on SOL 2023-2024 with 20/2', { period: 20, std_dev: 2 }],
    ['sma crossover on SPY from 2015 to 2020 with 50/200', { short: 50, long: 200 }],
  ])('"%s"', (text, params) => {
    expect(specOf(text).strategies[0]).toEqual({ name: expect.any(String), params });
  });

  it('a follow-up keeps them: "let it go short as well"', () => {
    const spec = specOf('let it go short as well', ['ema crossover on ETH 2021-2024 with 12/26']);
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 12, long: 26 } });
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2024-12-31' });
    expect(spec.allow_short).toBe(true);
  });

  it('leaves an RSI\'s bands and a whole split as they were', () => {
    expect(specOf('rsi 14 with 30/70 on BTC 2022').strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } });
    const split = parseRequest('BTC and ETH with 60/40, sma 2022', { today: '2026-01-10' });
    expect(split.ok && split.spec.portfolio?.weights).toEqual({ BTC: 0.6, ETH: 0.4 });
  });
});

describe('"with 20/50" after two symbols is the crossover\'s settings, a whole split stays weights', () => {
  it.each([
    ['sma crossover on BTC and ETH with 20/50 for 2023', 'sma_crossover', { short: 20, long: 50 }],
    ['ema cross on BTC and ETH with 12/26 for 2023', 'ema_crossover', { short: 12, long: 26 }],
    ['sma on spy and qqq with 50/200 since 2015', 'sma_crossover', { short: 50, long: 200 }],
    ['macd on BTC, ETH with 12/26/9 in 2022', 'macd', { fast: 12, slow: 26, signal: 9 }],
  ])('"%s"', (text, name, params) => {
    const spec = specOf(text);
    expect(spec.strategies.find((strategy) => strategy.name === name)?.params).toEqual(params);
    expect(spec.portfolio ?? undefined).toBeUndefined();
  });

  it.each([
    ['sma crossover on BTC and ETH with 60/40 for 2023', { BTC: 0.6, ETH: 0.4 }],
    ['momentum on BTC and ETH with 70/30 for 2023', { BTC: 0.7, ETH: 0.3 }],
  ])('"%s" stays weights', (text, weights) => {
    expect(specOf(text).portfolio?.weights).toEqual(weights);
  });

  it.each([
    'sma crossover on BTC and ETH with 20/50 weights for 2023',
    'sma crossover on BTC and ETH with 20%/50% for 2023',
    'momentum on BTC and ETH with 20/50 for 2023',
  ])('"%s" is still refused as weights short of 100 %%', (text) => {
    const outcome = parseRequest(text, { today: '2026-01-10' });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('bad_weights');
  });
});
