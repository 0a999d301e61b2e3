import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { readSpokenNumbers } from './spoken_numbers.js';
import { tokenize } from './tokenizer.js';
import { PHRASE_TEST_TODAY as TODAY, specOf } from './test_support/spec_of.js';

function numbersOf(text: string): number[] {
  return readSpokenNumbers(tokenize(text)).filter((token) => token.kind === 'number').map((token) => token.value);
}

describe('numbers as voice dictation writes them', () => {
  it.each([
    ['sma ten and forty on litecoin for twenty twenty two', [10, 40, 2022]],
    ['standard deviation two point five from twenty ten', [2.5, 2010]],
    ['from two thousand ten to two thousand and fifteen', [2010, 2015]],
    ['macd twelve twenty six nine from nineteen ninety nine', [12, 26, 9, 1999]],
    ['one hundred day entry fifty day exit', [100, 50]],
  ])('"%s" → %j', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });

  it.each([
    ['s m a fifty slash two hundred', [50, 200]],
    ['one hundred slash two hundred', [100, 200]],
    ['ema nine slash twenty one', [9, 21]],
    ['from twenty oh five to two thousand nine', [2005, 2009]],
    ['twenty oh eight to twenty twelve', [2008, 2012]],
    ['nineteen ninety five to twenty eleven', [1995, 2011]],
  ])('"%s" → %j (years with "oh", settings split by a spoken slash)', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });

  it('"slash" said between two numbers is the written "/", elsewhere it stays a word', () => {
    const read = readSpokenNumbers(tokenize('fifty slash two hundred, slash the fees'));
    expect(read.map((token) => token.norm)).toEqual(['50', '/', '200', ',', 'slash', 'the', 'fees']);
  });

  it('dictated settings and years parse as typed ones (before: long 50 from "two hundred" lost; "twenty oh eight" not read)', () => {
    const spec = specOf('aapl vs msft s m a fifty slash two hundred from twenty fifteen to twenty twenty');
    expect([spec.symbols, spec.strategies[0], spec.date_range]).toEqual([['AAPL', 'MSFT'], { name: 'sma_crossover', params: { short: 50, long: 200 } }, { start: '2015-01-01', end: '2020-12-31' }]);
    const same = specOf('same but twenty oh eight to twenty twelve only', ['golden cross on spy 2015 to 2020']);
    expect(same.date_range).toEqual({ start: '2008-01-01', end: '2012-12-31' });
    expect(specOf('ema nine slash twenty one on spy from two thousand nine to twenty eleven').strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 9, long: 21 } });
    expect(specOf('qqq sma one hundred slash two hundred from twenty oh five to two thousand nine').date_range).toEqual({ start: '2005-01-01', end: '2009-12-31' });
  });

  it('"one" alone is a pronoun, "a" an article: neither becomes a number', () => {
    expect(numbersOf('actually remove the ema one')).toEqual([]);
    expect(numbersOf('run a backtest on one third of it')).toEqual([]);
  });

  it('number words count in a message with digits too, but not a fraction\'s count', () => {
    expect(numbersOf('a fifty-day and two-hundred-day average over 2000 to 2009')).toEqual([50, 200, 2000, 2009]);
    expect(numbersOf('sma 20/50 on btc over the last ten years')).toEqual([20, 50, 10]);
    expect(numbersOf('two thirds in SPY and three-fifths of the rest in GLD, 2010')).toEqual([2010]);
  });

  it('careful prose with number words parses as the digits would (before: defaults, default fees, a dropped target)', () => {
    const macd = specOf('Apple — MACD with the usual twelve and twenty-six but a signal line of seven, 2022 to 2024');
    expect(macd.strategies[0]).toEqual({ name: 'macd', params: { fast: 12, slow: 26, signal: 7 } });
    const costs = specOf('golden cross on SPY, 2010 to 2019, commissions of five basis points; I want at least twenty trades');
    expect([costs.fees_bps, costs.targets]).toEqual([5, { num_trades: { operator: '>=', value: 20 } }]);
    expect(specOf('sma 20/50 on btc over the last ten years').date_range).toEqual({ start: '2016-01-10', end: TODAY });
  });

  it('a dictated request parses as the typed one does (before: no window, default parameters, the whole history)', () => {
    const spec = specOf('okay run a simple moving average crossover ten and forty on litecoin for all of twenty twenty two');
    expect([spec.symbols, spec.strategies[0], spec.date_range]).toEqual([['LTC'], { name: 'sma_crossover', params: { short: 10, long: 40 } }, { start: '2022-01-01', end: '2022-12-31' }]);
    const bands = parseRequest('bollinger bands period twenty standard deviation two point five on ethereum from the start of twenty twenty three fees ten basis points', { today: TODAY });
    expect(bands.ok && [bands.spec.strategies[0], bands.spec.date_range?.start, bands.spec.fees_bps]).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }, '2023-01-01', 10]);
  });
});
