import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const FIRST = 'GLD buy and hold 2010 to 2020';

describe('a follow-up setting one edge named as a noun ("the end of the period") moves only that edge', () => {
  it('"Finally, please extend the end of the period to 31 December 2023." after a memo and an added strategy keeps the start', () => {
    const history = ['MEMO\n1. Instrument: GLD\n2. Strategy: buy and hold\n3. Period: 2010 to 2020', 'Please add the golden cross for comparison.'];
    const spec = specOf('Finally, please extend the end of the period to 31 December 2023.', history);
    expect(spec.date_range).toEqual({ start: '2010-01-01', end: '2023-12-31' });
    expect(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)).toEqual(['buy_and_hold', 'sma_crossover']);
  });

  it.each([
    ['extend the end of the period to 31 December 2023', { start: '2010-01-01', end: '2023-12-31' }],
    ['move the end of the period to 31 December 2023', { start: '2010-01-01', end: '2023-12-31' }],
    ['extend the end date to 2023-12-31', { start: '2010-01-01', end: '2023-12-31' }],
    ['change the end of the backtest to 2023', { start: '2010-01-01', end: '2023-12-31' }],
    ['extend the end of the test period to 2023', { start: '2010-01-01', end: '2023-12-31' }],
    ['the end of the period should be 31 Dec 2023', { start: '2010-01-01', end: '2023-12-31' }],
    ['set the end date 2023-12-31', { start: '2010-01-01', end: '2023-12-31' }],
    ['the end of the test window: 2022', { start: '2010-01-01', end: '2022-12-31' }],
    ['move the start of the window back to 2015', { start: '2015-01-01', end: '2020-12-31' }],
    ['move the start of the period to 1 March 2012', { start: '2012-03-01', end: '2020-12-31' }],
    ['set the start of the period to 2012', { start: '2012-01-01', end: '2020-12-31' }],
    ['I want the start of the backtest to be 2012', { start: '2012-01-01', end: '2020-12-31' }],
    ['bring the start of the sample forward to 2014', { start: '2014-01-01', end: '2020-12-31' }],
  ])('"%s" reads %j', (text, range) => {
    expect(specOf(text, [FIRST]).date_range).toEqual(range);
  });
});

describe('must not change', () => {
  it.each([
    ['push the end date to 31 December 2023', { start: '2010-01-01', end: '2023-12-31' }],
    ['extend the period to the end of 2023', { start: '2010-01-01', end: '2023-12-31' }],
    ['change the end to June 2024', { start: '2010-01-01', end: '2024-06-30' }],
    ['the period should end on 31/12/2023', { start: '2010-01-01', end: '2023-12-31' }],
    ['push the start back to 2015', { start: '2015-01-01', end: '2020-12-31' }],
    ['move the end back to 2018', { start: '2010-01-01', end: '2018-12-31' }],
    ['the end date is 2023-06-30', { start: '2010-01-01', end: '2023-06-30' }],
    ['the start date should be 2012', { start: '2012-01-01', end: '2020-12-31' }],
    // A span, not a date: moved_window_edges.ts moves the edge by it.
    ['move the end of the period back 6 months', { start: '2010-01-01', end: '2020-06-30' }],
    // The whole window set anew.
    ['change the period to 2012-2015', { start: '2012-01-01', end: '2015-12-31' }],
    ['set the test period to Q1 2020', { start: '2020-01-01', end: '2020-03-31' }],
  ])('"%s" reads %j', (text, range) => {
    expect(specOf(text, [FIRST]).date_range).toEqual(range);
  });

  it('"set the period to 21" after an RSI run is still its lookback', () => {
    expect(specOf('set the period to 21', ['spy rsi 2020']).strategies.find((strategy) => !strategy.baseline)).toEqual(
      expect.objectContaining({ name: 'rsi_mean_reversion', params: { period: 21 } }));
  });
});
