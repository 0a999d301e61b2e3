import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from './test_support/spec_of.js';

describe('a target joined by "is" or "must" in the writer\'s own language', () => {
  it.each([
    ['Test momentum on ETH 2020, sharpe kuwa more than 1.5', { sharpe_ratio: { operator: '>', value: 1.5 } }],
    ['momentum on ETH 2020, sharpe ay more than 1', { sharpe_ratio: { operator: '>', value: 1 } }],
    ['momentum on ETH 2020, sharpe phải lớn hơn 1', { sharpe_ratio: { operator: '>', value: 1 } }],
    ['momentum on ETH 2020, drawdown phải nhỏ hơn 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
    ['momentum on ETH 2020, max drawdown harus less than 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
  it('a measure no run reports is refused', () => {
    const outcome = parseRequest('Test momentum on ETH kutoka 2020 mpaka 2023, and I want omega ratio kuwa more than 1.5.', { today: PHRASE_TEST_TODAY, history: [] });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('unknown_metric');
  });
});

describe('"1 hour line": the K-line translated, a candle', () => {
  it.each([
    ['I want test Ethereum 1 hour line, SMA 24 and 72, time 2024 year 6 month 1 day to 2024 year 12 month 31 day.', '1h'],
    ['btc 4 hour line, rsi 14, 2024', '4h'],
  ])('"%s"', (text, interval) => {
    expect(specOf(text).interval).toBe(interval);
  });
  it('must not change: "the 200 day line" is an average, not daily bars', () => {
    expect(specOf('btc sma 20/50 above the 200 day line 2024').interval).toBeUndefined();
  });
});
