import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const targetsOf = (text: string) => specOf(text).targets;

describe('"bigger as", "higher as": "as" for "than" after a comparative, as German and Dutch writers put it', () => {
  it.each([
    // Round 122.
    ['I would like to test the Turtle strategy on Nasdaq with 40 days entry and 15 days exit, since 2008. The maximal drawdown should not be bigger as 35%. Please optimise.',
      { max_drawdown: { operator: '>=', value: -0.35 } }],
    ['sma on btc 2022, the sharpe should be higher as 1.2', { sharpe_ratio: { operator: '>', value: 1.2 } }],
    ['sma on btc 2022, volatility lower as 20%', { volatility: { operator: '<', value: 0.2 } }],
    ['sma on btc 2022, win rate not less as 50%', { win_rate: { operator: '>=', value: 0.5 } }],
    ['sma on btc 2022, volatility not bigger as 25%', { volatility: { operator: '<=', value: 0.25 } }],
    ['sma on btc 2022, profit factor not worse as 1.3', { profit_factor: { operator: '>=', value: 1.3 } }],
  ])('%j', (text, targets) => {
    expect(targetsOf(text)).toEqual(targets);
  });

  describe('must not change', () => {
    it.each([
      ['sma on btc 2022. The maximal drawdown should not be bigger than 35%.', { max_drawdown: { operator: '>=', value: -0.35 } }],
      ['sma on btc 2022, sharpe higher than 1.2', { sharpe_ratio: { operator: '>', value: 1.2 } }],
      ['sma on btc 2022, volatility not bigger than 20%', { volatility: { operator: '<=', value: 0.2 } }],
      ['sma on btc 2022, sharpe at least as good as 1', { sharpe_ratio: { operator: '>=', value: 1 } }],
    ])('%j', (text, targets) => {
      expect(targetsOf(text)).toEqual(targets);
    });
  });
});
