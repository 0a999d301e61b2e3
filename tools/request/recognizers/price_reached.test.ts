import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';
import { notesOf } from '../test_support/strategies_of.js';

/** An amount an asset or its price comes to is a price level: never the capital, never a goal. */
describe('a price an asset reaches is neither the capital nor a goal', () => {
  it.each([
    'could btc reach 100k',
    'will bitcoin ever hit $150,000 with sma on btc',
    'sma crossover on eth, what if the price gets to 50k',
    'could BTC get to 200k in 2024',
  ])('"%s" keeps the default capital and sets no target, with a note', (text) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(10_000);
    expect(spec.targets ?? {}).toEqual({});
    expect(notesOf(text).some((note) => note.includes('names a price'))).toBe(true);
  });

  it.each([
    ['I have 20k, could it reach 30k with sma on btc', 20_000, 30_000],
    ['sma on btc 2022, grow it to 20k or more', 10_000, 20_000],
  ])('"%s": the money reaching an amount stays a goal', (text, capital, value) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets?.final_equity?.value).toBe(value);
  });

  it('"sma on btc with 50k" keeps 50k as the capital', () => {
    expect(specOf('sma on btc with 50k').initial_capital).toBe(50_000);
  });
});
