import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, userStrategiesOf } from './test_support/spec_of.js';

describe('an oversold or overbought reading with its level: RSI mean reversion at that level', () => {
  it.each([
    ["Could I see how Microsoft does if you buy when it's been beaten down really hard, oversold reading under 20, and sell once that reading gets above 65? 2016 to 2022.", { lower: 20, upper: 65 }],
    ['msft 2020, buy when oversold under 20, sell when overbought above 65', { lower: 20, upper: 65 }],
    ['msft 2020, buy on an oversold reading below 25, sell when the reading climbs over 70', { lower: 25, upper: 70 }],
    ["msft 2020, buy when it's oversold, sell when overbought above 65", { upper: 65 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it('beside a named RSI the words only give its levels', () => {
    expect(userStrategiesOf('msft 2020 rsi 14, buy when oversold under 20, sell when overbought above 65')).toEqual([
      { name: 'rsi_mean_reversion', params: { period: 14, lower: 20, upper: 65 } },
    ]);
  });
});

describe('must not change', () => {
  it('beside another strategy the level is its filter, not an RSI run of its own', () => {
    expect(userStrategiesOf('msft 2020 sma 20/50, buy when oversold under 20')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });

  it.each(['msft 2020, buy when overbought above 70', 'msft 2020, sell when oversold below 30'])('"%s": the side that disagrees stays unread', (text) => {
    const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
    expect(outcome.ok ? outcome.spec.strategies.some((strategy) => strategy.name === 'rsi_mean_reversion') : false).toBe(false);
  });
});
