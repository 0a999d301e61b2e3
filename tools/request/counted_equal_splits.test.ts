import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const sixtyForty = ['portfolio 60% BTC 40% ETH, buy and hold, 2021 through 2024'];

describe('"weight all four equally" after adding symbols: every holding the same weight', () => {
  it.each([
    ['add SOL and ADA and just weight all four equally', { BTC: 0.25, ETH: 0.25, SOL: 0.25, ADA: 0.25 }],
    ['add SOL and ADA, weight all 4 evenly', { BTC: 0.25, ETH: 0.25, SOL: 0.25, ADA: 0.25 }],
    ['add SOL and ADA and weight them all equally', { BTC: 0.25, ETH: 0.25, SOL: 0.25, ADA: 0.25 }],
    ['weight both equally', { BTC: 0.5, ETH: 0.5 }],
  ])('"%s"', (text, weights) => {
    const spec = specOf(text, sixtyForty);
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2024-12-31' });
  });

  it('a count that is not the number of holdings changes no weight, and says so', () => {
    const spec = specOf('add SOL and weight all four equally', sixtyForty);
    expect(spec.portfolio ?? null).toBeNull();
    expect((spec.notes ?? []).join(' ')).toContain('equal weights for 4 holdings, but the portfolio holds 3 symbols (BTC, ETH, SOL)');
  });

  it('"an even split" names no count (must not change)', () => {
    expect(specOf('add SOL, make it an even split', sixtyForty).portfolio?.weights).toEqual({ BTC: 1 / 3, ETH: 1 / 3, SOL: 1 / 3 });
  });
});

describe('"… and just leaving it alone" is holding; "leave it alone" in a follow-up keeps the strategy', () => {
  it('buying and then doing nothing is buy and hold', () => {
    const text = 'I want to try putting half my money into GLD and half into SPY and just leaving it alone, from 2008 to 2012';
    expect(userStrategiesOf(text).map((strategy) => strategy.name)).toEqual(['buy_and_hold']);
    expect(userStrategiesOf('put 10k in spy and then let it sit from 2010 to 2020').map((strategy) => strategy.name)).toEqual(['buy_and_hold']);
  });

  it('"just leave it alone and add eth" keeps the crossover (must not change)', () => {
    expect(userStrategiesOf('just leave it alone and add eth', ['sma 10/50 on btc 2022']).map((strategy) => strategy.name)).toEqual(['sma_crossover']);
  });
});

describe('a level called good is a target on the one metric the sentence names', () => {
  it.each([
    ["I don't really understand what sharpe means but my friend says above 1 is good so I guess I want that", 'sharpe_ratio', '>', 1],
    ['no idea what a sortino ratio is, apparently over 2 is great', 'sortino_ratio', '>', 2],
    ['my coach says for the profit factor anything above 1.5 would be decent', 'profit_factor', '>', 1.5],
  ])('"%s sma on spy 2020"', (sentence, metric, operator, value) => {
    const spec = specOf(`sma on spy 2020. ${sentence}`);
    expect(spec.targets).toEqual({ [metric]: { operator, value } });
  });

  it('with two metrics named, the level names neither (must not change)', () => {
    expect(specOf('sma on spy 2020. sharpe or sortino, above 1 is good').targets).toEqual({});
  });
});
