import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('MACD told by what it computes: the gap between two averages against its own average', () => {
  it.each([
    ['take the gap between a 12 day and a 26 day average and compare it to its own 9 day average on msft 2019', { fast: 12, slow: 26, signal: 9 }],
    ['the difference between the 12 and 26 day EMAs with a 9 day signal line on aapl 2020', { fast: 12, slow: 26, signal: 9 }],
    ['on aapl 2020, the spread between the 26-day and 12-day averages against a 9 day average of that gap', { fast: 12, slow: 26, signal: 9 }],
    ['the gap between an 8 day and a 21 day average compared with its own 5 day average on SPY 2021', { fast: 8, slow: 21, signal: 5 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'macd', params }]);
  });
  it('beside a named MACD the words are its settings', () => {
    expect(userStrategiesOf('macd on aapl 2020, i.e. the gap between the 8 and 21 day averages against a 5 day average of that gap')).toEqual([
      { name: 'macd', params: { fast: 8, slow: 21, signal: 5 } },
    ]);
  });
});

describe('must not change', () => {
  it('two averages without the gap\'s own average stay a crossover', () => {
    expect(userStrategiesOf('the gap between the 12 and 26 day averages on aapl 2020')).toEqual([{ name: 'sma_crossover', params: { short: 12, long: 26 } }]);
  });
  it('"the 20 and 50 day averages"', () => {
    expect(userStrategiesOf('the 20 and 50 day averages on spy 2020')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });
});
