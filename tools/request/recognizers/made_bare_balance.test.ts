import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/** After the capital is stated, "make it 30000" is the end balance wished for, even unmarked. */
describe('making the stated money a plain sum is a final equity goal', () => {
  it.each([
    ['I want test momentum on QQQ, I start with 10000 dollars and I want to make it 30000, period 2010 to 2020.', 10_000, 30_000],
    ['I have $5k, sma on btc 2022, can you make it 8000?', 5000, 8000],
    ['capital 20k, rsi on eth 2021, make it into 25000', 20_000, 25_000],
  ])('"%s" starts with %d and aims for at least %d', (text, capital, value) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ final_equity: { operator: '>=', value } });
    expect(spec.optimization_required).toBe(true);
  });

  it.each(['capital 10k, sma on btc, make it 30', 'sma on btc, make it 30000', 'capital 10k, sma on btc 2022, make it 3000 trades'])('"%s" sets no goal', (text) => {
    expect(specOf(text).targets ?? {}).toEqual({});
  });
});
