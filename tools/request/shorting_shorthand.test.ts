import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('shorting asked as a flip to the short side, or as "L/S"', () => {
  it.each([
    'i want to go long on XRP when the fast exponential average crosses over the slow exponential one and flip to short when it goes back under. fast one 9 days, slow one 21. just 2022',
    'xrp ema 9/21 2022, buy on the cross up and reverse into a short on the cross down',
    'xrp ema 9/21 2022, long on the cross up, flip short on the cross down',
    'btc donch 55/20 L/S 2018-24 calmar>1',
    'btc sma 20/50 2018-24 l/s',
  ])('"%s"', (text) => {
    expect(specOf(text).allow_short).toBe(true);
  });
});

describe('must not change', () => {
  it.each(['xrp ema 9/21 2022', 'btc sma 20/50 2018-24, 5 ml/s'])('"%s" says nothing of shorting', (text) => {
    expect(specOf(text).allow_short).toBeUndefined();
  });
});
