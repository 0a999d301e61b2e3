import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * What a run would have grown the money to is a goal on the final balance, not a new capital:
 * "could it have turned it into 20k or more" after "I have 10k" starts from 10,000 and asks for at
 * least 20,000 at the end. A past tense told as a story ("I turned $3,000 into $9,000") is no goal.
 */
describe('a balance a run would have grown the money to is a final equity goal', () => {
  it.each([
    // Before: capital 20,000, no target, and "turned" ignored.
    ['I have 10k. Could a turtle strategy on BTC have turned it into 20k or more between 2020 and 2022?', 10_000, '>=', 20_000],
    ['sma on eth 2021 with 5k: would it have grown my account to 12k?', 5000, '>=', 12_000],
    ["starting with $8,000, could rsi on spy since 2018 have gotten it to more than $11,000?", 8000, '>', 11_000],
    ["my 10k account, macd on qqq 2020-2023, would've turned it into 15k+ ?", 10_000, '>=', 15_000],
    ['sma on btc 2022, grow it to 20k or more', 10_000, '>=', 20_000],
  ])('"%s" starts with %d and aims for final_equity %s %d', (text, capital, operator, value) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ final_equity: { operator, value } });
    expect(spec.optimization_required).toBe(true);
  });

  it('"could it have turned 10k into 30k or more" is the capital and a total return', () => {
    const spec = specOf('sma on btc 2022, could it have turned 10k into 30k or more');
    expect(spec.initial_capital).toBe(10_000);
    expect(spec.targets).toEqual({ total_return: { operator: '>=', value: 2 } });
  });

  it.each([
    // A story: what someone did with money, not what to test.
    'I turned $3,000 into $9,000 in 2021 with doge. sma on btc 2022',
    'my friend turned it into 50k. sma on btc 2022',
  ])('"%s" sets no goal', (text) => {
    expect(specOf(text).targets).toEqual({});
  });

  it('"make it 15k" still sets the capital', () => {
    const spec = specOf('sma on btc 2022, make it 15k');
    expect(spec.initial_capital).toBe(15_000);
    expect(spec.targets).toEqual({});
  });
});
