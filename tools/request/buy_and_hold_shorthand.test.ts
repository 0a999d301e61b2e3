import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

/** "bnh" and "b/h" are desk shorthand for buy and hold, named by the user like "b&h" (before: "ignored: 'bnh'"). */
describe('buy-and-hold shorthand', () => {
  it.each([
    'ltc+xrp 50/50 bnh 2019-2021 png',
    'btc b/h 2020-2022',
    'xrp bnh 2020',
    'btc b&h 2020-2022',
  ])('"%s"', (text) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'buy_and_hold' }]);
    expect(specOf(text).notes ?? []).not.toContainEqual(expect.stringMatching(/ignored/));
  });

  it('beside another strategy', () => {
    expect(userStrategiesOf('spy bnh vs sma 2015-2020').map((strategy) => strategy.name)).toEqual(['buy_and_hold', 'sma_crossover']);
  });

  it('"bah" is left unread: it is also a word of disgust, and names nothing', () => {
    expect(userStrategiesOf('bah, sma on btc 2020')).toEqual([{ name: 'sma_crossover' }]);
  });
});
