import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('an ask pointing back to a strategy a story told of runs the settings written into it', () => {
  it('"a simple rule based on the 50-day and 200-day moving averages … run that crossover on SPY" runs SMA 50/200', () => {
    const text = 'Dear team, for our December issue the members have asked me to revisit a question that came up at our autumn meeting: whether a simple rule based on the 50-day and 200-day moving averages would have kept us out of the worst of the 2008 decline in the S&P 500. Could you please run that crossover on SPY from the start of 2007 through the end of 2009? An HTML report would be ideal, as I paste the charts directly into the newsletter. With thanks, Margaret';
    expect(userStrategiesOf(text)).toEqual([{ name: 'sma_crossover', params: { short: 50, long: 200 } }]);
    expect((specOf(text).notes ?? []).some((note) => note.includes('moving averages') && note.includes('background'))).toBe(false);
  });

  it.each([
    ['A colleague once swore by the 50-day and 200-day moving averages. Please run that crossover on SPY for 2020.', 'sma_crossover', { short: 50, long: 200 }],
    ['My dad swore by the golden cross for decades. Could you run that crossover on SPY for 2020?', 'sma_crossover', { short: 50, long: 200 }],
    ['My friend swore by a 10/30 SMA crossover for years. Test this SMA crossover on QQQ for 2022.', 'sma_crossover', { short: 10, long: 30 }],
    ['My friend swore by a 10/30 SMA crossover for years. Run that same crossover on QQQ for 2022.', 'sma_crossover', { short: 10, long: 30 }],
    // A bare "crossover" pointing back names the told kind, not the SMA a bare "crossover" is alone.
    ['My friend runs an EMA 10/30 crossover on SOL. Run that crossover on BTC for 2023.', 'ema_crossover', { short: 10, long: 30 }],
    ['My brother uses an EMA 12/26 crossover on ETH. Test this crossover on BTC for 2022.', 'ema_crossover', { short: 12, long: 26 }],
    ['A coworker swears by a 9/21 EMA crossover. Run the same crossover on SPY for 2021.', 'ema_crossover', { short: 9, long: 21 }],
  ])('"%s" runs %s with %j', (text, name, params) => {
    expect(userStrategiesOf(text)).toEqual([expect.objectContaining({ name, params })]);
  });
});

describe('must not change', () => {
  it.each([
    // The ask's own settings are the ones run.
    ['My friend swore by a 10/30 SMA crossover for years. Run SMA 50/200 on SPY for 2020.', { short: 50, long: 200 }],
    ['My friend swore by a 10/30 SMA crossover for years. Run that crossover with 20/100 on SPY for 2020.', { short: 20, long: 100 }],
    // Settings given as clauses of their own already went to the ask pointing back.
    ['My aunt swears EMAs are the only thing that works. She told me to use a fast 10 and a slow 30. Can you backtest that EMA crossover on QQQ from 2015 through 2020?', { short: 10, long: 30 }],
  ])('"%s" runs %j', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([expect.objectContaining({ params })]);
  });

  it('a told EMA crossover leaves "Run SMA on SPY" as the SMA it names', () => {
    expect(userStrategiesOf('My friend runs an EMA 10/30 crossover on SOL. Run SMA on SPY for 2023.')).toEqual([{ name: 'sma_crossover' }]);
  });

  it('the ask\'s own settings stay with "that crossover with 20/100" after a told EMA crossover', () => {
    expect(userStrategiesOf('My friend runs an EMA 10/30 crossover on SOL. Run that crossover with 20/100 on BTC for 2023.'))
      .toEqual([expect.objectContaining({ params: { short: 20, long: 100 } })]);
  });

  it('an ask that does not point back leaves the story\'s settings behind ("… 10/30 SMA crossover for years. Run SMA on SPY")', () => {
    expect(userStrategiesOf('My friend swore by a 10/30 SMA crossover for years. Run SMA on SPY for 2020.')).toEqual([{ name: 'sma_crossover' }]);
  });
});
