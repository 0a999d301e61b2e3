import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from './test_support/spec_of.js';

function refusedRule(text: string): unknown {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history: [] });
  return outcome.ok || outcome.error.code !== 'unsupported_rule' ? undefined : outcome.error.rule;
}

/**
 * Exits on a loss the writer takes, on a fall from the top since the buy, and trades on a single
 * weekday are rules no strategy follows: refused, never a drawdown target nor silently dropped.
 */
describe('a loss-triggered sale is a stop loss', () => {
  it.each([
    'buy bitcoin with the two averages crossing thing, but if I lose more than 10% I sell immediately. 2021-2023',
    'sma on btc 2022, if we lose 5% get out',
    'rsi on eth 2021, when I lose over 8%, I\'ll sell it',
  ])('"%s"', (text) => {
    expect(refusedRule(text)).toBe('stop_loss');
  });
});

describe('a fall from the highest point since the buy is a trailing stop', () => {
  it.each([
    'buy LTC on a fresh 20 day high, and if it falls 8% from the highest point since i bought, bail out',
    'sma on eth 2022, sell if price drops 10% from the highest close since entry',
    'rsi on btc 2021, if it drops 8% off its highest price, get out',
    'sma on eth 2022, if the trade falls 5% from its peak since we got in, sell it',
  ])('"%s"', (text) => {
    expect(refusedRule(text)).toBe('trailing_stop');
  });
});

describe('a single weekday traded on is a day-of-week rule', () => {
  it.each([
    'can i test buying bitcoin only on monday and selling on friday? 2023',
    'buy on monday and sell on friday, btc 2023',
    'rsi on eth 2022 but only trade on tuesday',
  ])('"%s"', (text) => {
    expect(refusedRule(text)).toBe('day_of_week');
  });
});

describe('must not change', () => {
  it.each([
    ['sma on btc 2022, I can\'t lose more than 20% at any point', -0.2],
    ['sma on btc 2022, drawdown under 10%', -0.1],
    ['sma on btc 2022, if I ever lose 25% I bail', -0.25],
  ])('a drawdown limit stays a target: "%s"', (text, limit) => {
    expect(specOf(text).targets.max_drawdown).toEqual({ operator: '>=', value: limit });
  });

  it.each([
    'sma on btc 2022, I will check it on monday',
    'run sma on btc 2022, I want it before our monday meeting',
    'I sold on friday, now test sma on btc 2022',
  ])('a weekday that dates no trade refuses nothing: "%s"', (text) => {
    expect(refusedRule(text)).toBeUndefined();
  });
});
