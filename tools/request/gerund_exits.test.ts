import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, userStrategiesOf } from './test_support/spec_of.js';

function errorCodeOf(text: string): string | undefined {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
  return outcome.ok ? undefined : outcome.error.code;
}

describe('an exit verb written as a gerund before a stop is a stop loss, never run without it', () => {
  it.each([
    'Can I test buying Solana when the 12 and 26 day EMAs cross up, but selling automatically if it drops 10% from where I bought?',
    'ema 12/26 on sol 2023, closing the trade if it falls 8% below my entry',
  ])('"%s" → unsupported_rule', (text) => {
    expect(errorCodeOf(text)).toBe('unsupported_rule');
  });

  it('"buying under 30 and selling when it goes above 70" stays the RSI levels (must not change)', () => {
    expect(userStrategiesOf('rsi on btc 2022, buying under 30 and selling when it goes above 70')).toEqual([{ name: 'rsi_mean_reversion', params: { lower: 30, upper: 70 } }]);
  });
});
