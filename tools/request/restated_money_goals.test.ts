import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('one money goal told twice is one target, the end balance', () => {
  it.each([
    ["My goal is to turn $10,000 into $30,000. On bitcoin since 2018, can you find MACD settings that would have ended with at least $30,000 starting from $10,000?", 30000],
    ['Turn $5,000 into $10,000 with RSI on ETH since 2019: settings ending with at least $10,000 from $5,000.', 10000],
    ['Turn $20k into $40k with SMA on SPY from 2010 to 2020; find settings that end with at least $40,000.', 40000],
  ])('%s', (text, balance) => {
    expect(specOf(text).targets).toEqual({ final_equity: { operator: '>=', value: balance } });
  });
});

describe('must not change: two different goals stay two targets', () => {
  it('a return that is not the balance\'s stays beside it', () => {
    expect(specOf('My goal is to turn $10,000 into $30,000. On bitcoin since 2018, find MACD settings that would have ended with at least $50,000 starting from $10,000.').targets)
      .toEqual({ final_equity: { operator: '>=', value: 50000 }, total_return: { operator: '>=', value: 2 } });
  });

  it('a return alone stays a return', () => {
    expect(specOf('Turn $10,000 into $30,000 with MACD on BTC since 2018.').targets).toEqual({ total_return: { operator: '>=', value: 2 } });
  });
});
