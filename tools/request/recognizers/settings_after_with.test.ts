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
