import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const run = ['momentum with a 90 day lookback on MSFT from 2012 to 2016'];

describe('"shift the whole window forward two years": both edges move, the length stays', () => {
  it.each([
    ['shift the whole window forward two years', { start: '2014-01-01', end: '2018-12-31' }],
    ['move it back a year', { start: '2011-01-01', end: '2015-12-31' }],
    ['shift the dates a year earlier', { start: '2011-01-01', end: '2015-12-31' }],
    ['slide the window 6 months forward', { start: '2012-07-01', end: '2017-06-30' }],
    ['push everything forward by 18 months', { start: '2013-07-01', end: '2018-06-30' }],
  ])('"%s"', (text, window) => {
    const spec = specOf(text, run);
    expect(spec.date_range).toEqual(window);
    expect(spec.symbols).toEqual(['MSFT']);
    expect(spec.strategies.find((strategy) => strategy.name === 'momentum')?.params).toEqual({ lookback: 90 });
  });
});

describe('the corpus lines and "the whole thing"', () => {
  it.each([
    ['shift it a year later', ['sma 20/50 on btc 2021-2023'], { start: '2022-01-01', end: '2024-12-31' }],
    ['slide the window forward by 3 months', ['sma 20/50 on btc from 2023-01-01 to 2023-06-30'], { start: '2023-04-01', end: '2023-09-30' }],
    ['move the whole thing back six months', ['ema 12/26 on bnb from march 2021 to march 2022'], { start: '2020-09-01', end: '2021-09-30' }],
    ['push the entire thing forward a year', ['sma 20/50 on btc 2021-2023'], { start: '2022-01-01', end: '2024-12-31' }],
  ])('"%s"', (text, history, window) => {
    expect(specOf(text, history).date_range).toEqual(window);
  });
});

describe('must not change', () => {
  it('"move 10% from msft to aapl" is still a weight shift', () => {
    expect(specOf('move 10% from msft to aapl', ['momentum on msft and aapl 50/50 2012-2016']).portfolio?.weights).toEqual({ MSFT: 0.4, AAPL: 0.6 });
  });
  it('"start a year earlier" moves the start alone', () => {
    expect(specOf('start a year earlier', run).date_range).toEqual({ start: '2011-01-01', end: '2016-12-31' });
  });
  it('"go back two more years" moves the start alone', () => {
    expect(specOf('go back two more years', run).date_range).toEqual({ start: '2010-01-01', end: '2016-12-31' });
  });
});
