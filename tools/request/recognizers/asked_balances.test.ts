import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * Asking whether the money could grow to, reach or end up at an amount is a final equity goal; the
 * capital stated beside it stays. Before, "could it have grown to 80 thousand" set the capital to 80,000.
 */
describe('an amount the money is asked to grow to is a final equity goal', () => {
  it.each([
    ['sma on btc 2022, capital 10000, could it have grown to 80 thousand?', 10_000, '>=', 80_000],
    ['sma on btc 2022, 10k starting, can it grow to 25k', 10_000, '>=', 25_000],
    ['sma on btc 2022, capital 10000, could it reach 80 thousand?', 10_000, '>=', 80_000],
    ['sma on btc 2022, 10k capital, could the account have grown to 80k', 10_000, '>=', 80_000],
    ['rsi on eth 2021 with $5,000, would my money grow to more than $9,000?', 5000, '>', 9000],
    ['sma on btc 2022 with 10k, see if it gets to 30000', 10_000, '>=', 30_000],
    ["sma on btc 2022 with 10k, it could've grown to 40k", 10_000, '>=', 40_000],
    ['sma on btc 2022, capital 10000, will it end up at 20k', 10_000, '>=', 20_000],
  ])('"%s" keeps capital %d and aims for final_equity %s %d', (text, capital, operator, value) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ final_equity: { operator, value } });
  });

  it.each([
    // Not the money: a small bare number, or a price's subject.
    ['sma on btc 2022, capital 10000, could it grow to 50', 10_000],
    ['sma on btc 2022, capital 10000, grow it to 20k or more', 10_000],
  ])('"%s" keeps its current reading', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('"could it have turned 10k into 30k" is still the capital and a total return', () => {
    const spec = specOf('sma on btc 2022, could it have turned 10k into 30k or more');
    expect(spec.initial_capital).toBe(10_000);
    expect(spec.targets).toEqual({ total_return: { operator: '>=', value: 2 } });
  });
});
