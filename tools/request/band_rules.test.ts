import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

/** Bollinger bands and Donchian channels told by their rule in words, their settings beside them. */
describe('"plus and minus 2 standard deviations" is a width of 2, never a negative', () => {
  it.each([
    ['make a band around the average, plus and minus 2 standard deviation. buy when price touch bottom band and sell at top band. on SPY, 2019 until 2021', { std_dev: 2 }],
    ['bollinger bands on spy, plus or minus 2 std, 2019', { std_dev: 2 }],
    ['bollinger on spy +-2sd 2019', { std_dev: 2 }],
    ['bollinger on spy plus/minus 2.5 sd 2019', { std_dev: 2.5 }],
    ['buy spy 2 standard deviations below the average and sell 2 above, 2019', { std_dev: 2 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'bollinger_bands', params }]);
  });
});

describe('a band in a rule with its settings listed after it', () => {
  it('"the lower band (20 days, 2 standard deviations)", last year read on 2025-11-20', () => {
    const text = "I paid $310 for one SPY share in 2019 and I've been learning charts since. The idea: when the price dips below the lower band (20 days, 2 standard deviations) I buy, and when it pokes above the top band I sell. Could you run that on the S&P ETF for last year?";
    const outcome = parseRequest(text, { today: '2025-11-20', history: [] });
    expect(outcome.ok && outcome.spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]);
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it.each([
    ['buy spy at the lower band, 2.5 std, 30 day average, sell at the upper band, 2019', { period: 30, std_dev: 2.5 }],
    ['buy spy when price drops below the lower band (2.5 sd, 30 days) and sell at the upper band, 2020', { period: 30, std_dev: 2.5 }],
    ['buy spy on the bottom band with 2 sd and 50 days, sell on the top band, 2020', { period: 50, std_dev: 2 }],
    ['trade spy on bands 2 sd either side of the 20 day average, 2019', { period: 20, std_dev: 2 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'bollinger_bands', params }]);
  });
});

describe('an exit window without its unit takes the unit of the entry channel', () => {
  it.each([
    ['breakout sytem: long qqq when price pokes above the highest high of the last 55 days, exit on the lowest low of the last 20. 2003 thru 2013, 5 bps fees and 2 bps slipage', 55, 20],
    ['buy qqq on a new 55 day high, sell on the lowest low of the last 10, 2019', 55, 10],
    ['buy gld above the highest high of the past 40 days and sell below the lowest low of the past 15, 2020', 40, 15],
  ])('"%s"', (text, period, exitPeriod) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'donchian_breakout', params: { period, exit_period: exitPeriod } }]);
  });
});

describe('must not change', () => {
  it('a width written with a real minus stays negative, for validation to refuse', () => {
    expect(userStrategiesOf('bollinger on spy with -2 standard deviations 2019')).toEqual([{ name: 'bollinger_bands', params: { std_dev: -2 } }]);
  });
  it('beside RSI, a band with a width is a filter RSI cannot take, left unread', () => {
    expect(userStrategiesOf('rsi on spy 2019, buy at the lower band, 2 sd').map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion']);
  });
  it('with no channel in bars anywhere, a bare window stays unread', () => {
    expect(userStrategiesOf('buy qqq when price pokes above the highest high of the last 55, exit on the lowest low of the last 20. 2019')).toEqual([]);
  });
  it('"the lower band" of an RSI is still its lower level', () => {
    const history = ['rsi mean reversion on xrp for 2022, period 14, buy below 30 sell above 70'];
    expect(userStrategiesOf('move the lower band up to 75', history)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 75, upper: 70 } }]);
  });
  it('"bollinger 20 2" stays as written', () => {
    expect(specOf('bollinger 20 2 on spy 2019').strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]);
  });
});
