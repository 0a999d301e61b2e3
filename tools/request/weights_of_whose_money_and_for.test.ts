import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

/**
 * Weights told as whose money goes where, "90% of his money in the S&P 500 fund", or what share is
 * "for" a holding, "70 percent for the Bitcoin". Before, both were ignored and no portfolio was built.
 */
describe('"N% of his money in X" and "N percent for X"', () => {
  it.each([
    ['Hello,\n\nI\'m emailing for my dad, who is 80, sharp as a tack, but can\'t stand computers. He wants to know what would have happened if he\'d kept 90% of his money in the S&P 500 fund and 10% in bitcoin, just buying and holding, from 2018 through 2023. He\'d start with about $400,000.\n\nThanks a lot for your help!\nDana',
      { SPY: 0.9, BTC: 0.1 }],
    ['my mother put 60% of her savings in SPY and 40% in GLD, buy and hold 2015 to 2020', { SPY: 0.6, GLD: 0.4 }],
    ['what if they kept 50% of their money in QQQ and 50% in TLT from 2019 to 2022', { QQQ: 0.5, TLT: 0.5 }],
    ['Hello, kindly I want to do the backtest of the Bitcoin and the Ethereum together in one portfolio, 70 percent for the Bitcoin and 30 percent for the Ethereum, from the beginning of 2021 to the end of 2024.',
      { BTC: 0.7, ETH: 0.3 }],
    ['portfolio 60% for SPY and 40% for GLD, 2015 to 2020', { SPY: 0.6, GLD: 0.4 }],
  ])('"%s"', (text, weights) => {
    expect(specOf(text).portfolio).toEqual({ weights });
  });
});

describe('must not change', () => {
  it.each([
    'rsi on BTC 2022, I want it in the market 90% of the time',
    'sma on BTC and ETH 2022, fees 0.1% for BTC and 0.2% for ETH',
    'rsi on BTC 2022, win rate above 60% for BTC',
  ])('"%s" builds no portfolio', (text) => {
    expect(specOf(text).portfolio).toBeNull();
  });

  it('"90% of my money in SPY and 10% in BTC" is read as before', () => {
    expect(specOf('kept 90% of my money in SPY and 10% in BTC 2018 to 2023').portfolio).toEqual({ weights: { SPY: 0.9, BTC: 0.1 } });
  });

  it('a win rate stated for a holding stays a target', () => {
    expect(specOf('rsi on BTC 2022, win rate above 60% for BTC').targets).toEqual({ win_rate: { operator: '>', value: 0.6 } });
  });
});
