import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from '../test_support/spec_of.js';

const RAY = "Hey this is Ray, voice to text, sorry for typos. 61 years old, 2.3 million miles behind the wheel. My son in law put 5 grand into ethereum at the top in 2021 and he's still mad. "
  + 'I want the channel breakout thing on ETH, 55 day in and 20 day out, from January 2018 to December 2020.';

function errorCodeOf(text: string): string | undefined {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history: [] });
  return outcome.ok ? undefined : outcome.error.code;
}

describe('"the wheel" in an everyday phrase is no options strategy', () => {
  it('reads Ray\'s channel breakout (before: refused as options, "the wheel")', () => {
    const spec = specOf(RAY);
    expect(spec.symbols).toEqual(['ETH']);
    expect(userStrategiesOf(RAY)).toEqual([{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]);
    expect(spec.date_range).toEqual({ start: '2018-01-01', end: '2020-12-31' });
  });

  it.each([
    'Thirty years behind the wheel of a truck. Run sma 10/30 on BTC for 2022.',
    'The regulators were asleep at the wheel in 2008. Test macd on SPY from 2007 to 2009.',
    "I don't want to reinvent the wheel, just run the golden cross on ETH since 2020.",
    'My wife took the wheel so I could type: rsi on sol for 2023.',
  ])('%s', (text) => {
    expect(errorCodeOf(text)).toBeUndefined();
  });
});

describe('must not change: the wheel strategy is still refused as options', () => {
  it.each([
    'the wheel strategy on spy since 2020',
    'run the wheel on spy for 2022',
    'selling puts (the wheel) on spy since 2020',
  ])('%s', (text) => {
    expect(errorCodeOf(text)).toBe('unsupported_rule');
  });
});
