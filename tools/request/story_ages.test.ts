import { describe, expect, it } from 'vitest';
import { strategiesOf } from './test_support/strategies_of.js';

describe('an age in the story never fills a parameter', () => {
  it.each([
    ["My late husband managed our money for 37 years and I'm learning it all at 68. He always talked about the 'death cross'. Could you test that signal on gold for 2019?", { short: 50, long: 200 }],
    ['My wife and I are both 45. Test the golden cross on SPY for 2020.', { short: 50, long: 200 }],
    ['We were all 30 back then. Test the golden cross on SPY for 2020.', { short: 50, long: 200 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'sma_crossover', params }]);
  });

  it.each(["I'm 68. Test SMA on SPY for 2020", "I'm a 72-year-old retiree; test SMA on SPY for 2020", 'My kids are 8 and 11. Test SMA on SPY for 2020.'])(
    '"%s" leaves the windows unset', (text) => {
      expect(strategiesOf(text)).toEqual([{ name: 'sma_crossover' }]);
    },
  );

  it('"both at 30/90" beside the strategies it speaks of still sets them', () => {
    expect(strategiesOf('Test SMA and EMA on SPY for 2020. Both at 30/90')).toEqual([
      { name: 'sma_crossover', params: { short: 30, long: 90 } },
      { name: 'ema_crossover', params: { short: 30, long: 90 } },
    ]);
  });
});
