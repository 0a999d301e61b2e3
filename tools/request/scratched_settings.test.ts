import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const appleRun = ['sma 20/50 on AAPL 2015-2018'];

/** "scratch that window, do 2019 to 2022": the window is replaced, not the previous message undone (before: the symbol was lost). */
describe('"scratch that <setting>" replaces that setting', () => {
  it.each([
    ['scratch that window, do 2019 to 2022 instead and rank by win rate', { start: '2019-01-01', end: '2022-12-31' }, ['AAPL']],
    ['scrap that period, use 2019 to 2022', { start: '2019-01-01', end: '2022-12-31' }, ['AAPL']],
    ['scratch that ticker, do MSFT', { start: '2015-01-01', end: '2018-12-31' }, ['MSFT']],
  ])('"%s"', (text, dateRange, symbols) => {
    const spec = specOf(text, appleRun);
    expect(spec.date_range).toEqual(dateRange);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
  });

  it('must not change: "scratch that" alone undoes the last message', () => {
    const spec = specOf('scratch that', [...appleRun, 'make it 2020']);
    expect(spec.date_range).toEqual({ start: '2015-01-01', end: '2018-12-31' });
  });
});
