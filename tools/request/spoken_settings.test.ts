import { describe, expect, it } from 'vitest';
import { readSpokenNumbers } from './spoken_numbers.js';
import { tokenize } from './tokenizer.js';

function numbersOf(text: string): number[] {
  return readSpokenNumbers(tokenize(text)).filter((token) => token.kind === 'number').map((token) => token.value);
}

/** Number words right after a strategy's name are its settings, not a year: "sma twenty fifty" is 20/50. */
describe('spoken settings after a strategy name', () => {
  it.each([
    ['sma twenty fifty on btc', [20, 50]],
    ['ema twelve twenty-six on eth', [12, 26]],
    ['sma fifty two hundred on spy', [50, 200]],
    ['sma crossover twenty fifty on btc in twenty twenty-one', [20, 50, 2021]],
    ['moving average crossover ten thirty on spy', [10, 30]],
    ['rsi fourteen twenty eighty on btc', [14, 20, 80]],
    ['macd twelve twenty six nine on btc twenty twenty three', [12, 26, 9, 2023]],
    ['sma twenty fifty twenty twenty two on eth', [20, 50, 2022]],
  ])('"%s" → %j', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });

  it.each([
    ['sma on btc in twenty twenty-one', [2021]],
    ['buy and hold twenty twenty-one on btc', [2021]],
    ['momentum twenty twenty on btc', [2020]],
    ['fifty two hundred dollars on btc', [5200]],
    ['sma ten and forty on litecoin for twenty twenty two', [10, 40, 2022]],
  ])('elsewhere the reading is unchanged: "%s" → %j', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });
});
