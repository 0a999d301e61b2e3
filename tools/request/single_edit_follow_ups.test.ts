import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';


describe('a follow-up that edits one thing changes that thing and keeps the rest', () => {
  it.each(['actually tighten them to 35 and 65', 'widen those to 35 and 65', 'make them 35 and 65'])('"%s" moves the bands just given', (text) => {
    expect(userStrategiesOf(text, ['rsi mean reversion on SOL 2023, 14 period', 'use 25/75 bands'])).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 35, upper: 65 } }]);
  });

  it.each([['switch it to sortino', 'sortino_ratio'], ['change the ranking to calmar', 'calmar_ratio'], ['switch to max drawdown', 'max_drawdown']])('"%s" changes the ranking metric', (text, metric) => {
    expect(specOf(text, ['buy and hold vs golden cross on gld since 2010', 'rank by sharpe']).rank_by).toBe(metric);
  });

  it('"change it to sharpe above 1" sets a target, and keeps the ranking', () => {
    const spec = specOf('change it to sharpe above 1', ['sma on btc 2023', 'rank by sortino']);
    expect(spec.rank_by).toBe('sortino_ratio');
  });

  it.each([['and bump the interval to 12h', '12h'], ['set the timeframe to hourly', '1h'], ['change the bars to 4 hours', '4h'], ['try the 4 hour', '4h'], ['what about the 4 hour one', '4h']])(
    '"%s" sets the bars', (text, interval) => {
      expect(specOf(text, ['macd on ETH, daily, since june 2024']).interval).toBe(interval);
    },
  );

  it('the bars set by "try the 4 hour" stay when the symbol changes', () => {
    expect(specOf('same for bitcoin', ['turtle breakout on eth 2024', 'try the 4 hour']).interval).toBe('4h');
  });

  it('"the 4 hour window" is no interval: the noun after it says what the size is of', () => {
    expect(specOf('sma on eth 2024, hold for the 4 hour window', []).interval).toBeUndefined();
  });

  it.each([
    ['also the trades csv pls, and skip the png, i never look at it', ['html', 'trades_csv']],
    ['drop the png', ['html']],
    ['no pdf, html is fine', ['html', 'png']],
  ])('"%s" takes the outputs named after the removal off the list', (text, outputs) => {
    expect(specOf(text, ['macd 12/26/9 on qqq 2015-2020', 'give me html and png']).outputs).toEqual(outputs);
  });

  it.each([['and start it in the fall of 2020 instead', '2020-09-01'], ['start it in the summer of 2020', '2020-06-01']])('"%s" moves only the start', (text, start) => {
    expect(specOf(text, ['sma 10/30 on ada for 2021', 'move the end to june 2022']).date_range).toEqual({ start, end: '2022-06-30' });
  });

  it('"in the fall of 2020" alone is the whole season, and "since the fall of 2020" runs to today', () => {
    expect(specOf('sma on ada in the fall of 2020', []).date_range).toEqual({ start: '2020-09-01', end: '2020-11-30' });
    expect(specOf('sma on ada since the fall of 2020', []).date_range).toEqual({ start: '2020-09-01', end: '2026-01-10' });
  });

  it.each([['the first one only, but with shorting allowed', ['MSFT']], ['only the last one', ['AAPL']], ['just the first stock', ['MSFT']]])('"%s" picks the symbol at that place, in the order named', (text, symbols) => {
    expect(specOf(text, ['death cross on msft 2008 to 2018', 'and apple']).symbols).toEqual(symbols);
  });

  it('"no png or html" takes both off the list', () => {
    expect(specOf('no png or html', ['macd 12/26/9 on qqq 2015-2020', 'give me html and png']).outputs ?? []).toEqual([]);
  });

  it('"with shorting allowed" allows shorting', () => {
    expect(specOf('the first one only, but with shorting allowed', ['death cross on msft 2008 to 2018', 'and apple']).allow_short).toBe(true);
  });

  it('"make the first one 10/30" still retunes the first strategy', () => {
    expect(userStrategiesOf('make the first one 10/30', ['sma and ema on msft 2020'])[0]).toEqual({ name: 'sma_crossover', params: { short: 10, long: 30 } });
  });

  it.each([['make it 60/40 btc heavy', { BTC: 0.6, ETH: 0.4 }], ['make it 70/30 eth heavy', { BTC: 0.3, ETH: 0.7 }]])('"%s" gives the larger weight to the heavy side', (text, weights) => {
    expect(specOf(text, ['50/50 btc and eth, buy and hold, 2023']).portfolio?.weights).toEqual(weights);
  });

  it('gold added at 20% out of btc\'s share after "60/40 btc heavy"', () => {
    expect(specOf("and add gold at 20%, take it out of btc's share", ['50/50 btc and eth, buy and hold, 2023', 'make it 60/40 btc heavy']).portfolio?.weights).toEqual({ BTC: 0.4, ETH: 0.4, GLD: 0.2 });
  });
});
