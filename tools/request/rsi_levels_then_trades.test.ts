import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

/**
 * An RSI level told after its subject, with its trade after it ("RSI under 25, I buy", "the 0-100 gauge
 * drops below 20 buy, above 80 sell"): the level is the RSI's lower (buying below) or upper (selling
 * above). Before, the numbers were ignored.
 */
describe('RSI levels told before their trade', () => {
  it.each([
    ['my rule is simple: when bitcoin gets really oversold, like RSI under 25, I buy, and once it\'s overbought above 75 I get out. from 2020 to 2024 starting with $10,000?', { lower: 25, upper: 75 }],
    ['xrp mean reversion: whenever the 0-100 overbought/oversold gauge on a 7 day window drops below 20 buy, above 80 sell. 2019 to 2023', { period: 7, lower: 20, upper: 80 }],
    ['btc 2022, buy when the oscillator that compares the average up days to the average down days is under 30', { lower: 30 }],
    ['rsi on btc 2022, the 0-100 gauge under 30 buy', { lower: 30 }],
    ['btc 2022 RSI below 30 I buy, above 70 I sell', { lower: 30, upper: 70 }],
    ['btc 2022 rsi goes under 20 -> buy', { lower: 20 }],
    ['btc 2022 rsi strategy, when RSI is over 80, sell', { upper: 80 }],
    ['eth 2023, if rsi drops under 25 we buy and above 75 we sell', { lower: 25, upper: 75 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it('a search for settings judged by a metric ranks by it, misspelt or not', () => {
    const spec = specOf('xrp mean reversion: whenever the 0-100 overbought/oversold gauge on a 7 day window drops below 20 buy, above 80 sell. find the best setings by sortino, 2019 to 2023');
    expect([spec.optimization_required, spec.rank_by]).toEqual([true, 'sortino_ratio']);
    expect(specOf('rsi on xrp 2019 to 2023, find the best parameters for calmar').rank_by).toBe('calmar_ratio');
  });
});

describe('must not change', () => {
  it.each([
    'btc 2022 rsi, buy when overbought above 70',
    'btc 2022 RSI above 70 I buy',
    'btc 2022 RSI below 30 I sell',
  ])('a level on the wrong side of its trade stays unread: "%s"', (text) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion' }]);
  });

  it('a trade-first rule reads as before', () => {
    expect(userStrategiesOf('rsi on btc 2022, buy when rsi is below 30, sell when it is above 70')).toEqual([{ name: 'rsi_mean_reversion', params: { lower: 30, upper: 70 } }]);
  });

  it('a threshold after the judging metric is a target, not the ranking', () => {
    const spec = specOf('rsi on xrp 2019 to 2023, find the best settings for sharpe above 1');
    expect(spec.rank_by).toBe('sharpe_ratio');
    expect(spec.targets).toEqual({ sharpe_ratio: { operator: '>', value: 1 } });
  });
});
