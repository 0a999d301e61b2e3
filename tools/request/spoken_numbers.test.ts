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
