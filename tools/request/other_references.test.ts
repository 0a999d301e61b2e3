import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, userStrategiesOf } from './test_support/spec_of.js';

function outcomeOf(text: string, history: string[]): string {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history });
  return outcome.ok ? 'ok' : outcome.error.code;
}

describe('"now the other one" with nothing other to point at is not understood, not a repeat', () => {
  it.each([
    ['now the other one', 'bollinger bands on ada, 2022-2023'],
    ['ok try that other coin', 'bollinger bands on ada, 2022-2023'],
    ['and the other strategy?', 'sma 20/50 on btc 2022'],
    ['run the other one too', 'rsi on eth since 2021'],
  ])('"%s" after "%s"', (text, first) => {
    expect(outcomeOf(text, [first])).toBe('not_understood');
  });
});

describe('must not change', () => {
  it('"the other one" named in the same message ("now the other one: rsi")', () => {
    expect(userStrategiesOf('now the other one: rsi', ['bollinger bands on ada, 2022-2023'])).toEqual([{ name: 'rsi_mean_reversion' }]);
  });
  it('a conversation with two strategies has another one to point at', () => {
    expect(outcomeOf('actually put it back and remove the other one instead', ['compare sma 20/50 vs ema 12/26 on eth for 2023', 'sma looks bad, remove it'])).toBe('ok');
  });
  it('a first message: "not bollinger, the other one with the channels"', () => {
    expect(userStrategiesOf('not bollinger, the other one with the channels. gold, 55 day entry / 20 day exit, since 2015')).toEqual([{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]);
  });
  it('"run it again" is still a repeat', () => {
    expect(outcomeOf('run it again', ['bollinger bands on ada, 2022-2023'])).toBe('ok');
  });
});
