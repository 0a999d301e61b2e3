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

  it('in a message with digits only a window joined to its unit is read ("a fifty-day average"); "ten years" stays for the date reader', () => {
    expect(numbersOf('a fifty-day and two-hundred-day average over 2000 to 2009')).toEqual([50, 200, 2000, 2009]);
    expect(numbersOf('sma 20/50 on btc over the last ten years')).toEqual([20, 50]);
    expect(numbersOf('a 20-day window and bands at two standard deviations on GLD in 2008')).toEqual([20, 2, 2008]);
  });

  it('a dictated request parses as the typed one does (before: no window, default parameters, the whole history)', () => {
    const spec = specOf('okay run a simple moving average crossover ten and forty on litecoin for all of twenty twenty two');
    expect([spec.symbols, spec.strategies[0], spec.date_range]).toEqual([['LTC'], { name: 'sma_crossover', params: { short: 10, long: 40 } }, { start: '2022-01-01', end: '2022-12-31' }]);
    const bands = parseRequest('bollinger bands period twenty standard deviation two point five on ethereum from the start of twenty twenty three fees ten basis points', { today: TODAY });
    expect(bands.ok && [bands.spec.strategies[0], bands.spec.date_range?.start, bands.spec.fees_bps]).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }, '2023-01-01', 10]);
  });
});
