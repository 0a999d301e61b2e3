import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2026-01-10';

function specOf(text: string, history: string[] = []) {
  const outcome = parseRequest(text, { today: TODAY, history });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.spec;
}

describe('a decimal comma is the decimal the slot means', () => {
  it('"2,5 of standard deviation" is the bands\' width 2.5 (before: 5)', () => {
    expect(specOf('bollinger bands with period 20 and 2,5 of standard deviation on ETH 2022').strategies[0]).toEqual({ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } });
  });

  it('"change std to 1,5" in a follow-up sets 1.5 (before: 1)', () => {
    const spec = specOf('Now change std to 1,5 and period to 30.', ['bollinger bands 20 2 on ETH 2022']);
    expect(spec.strategies[0]).toEqual({ name: 'bollinger_bands', params: { period: 30, std_dev: 1.5 } });
  });

  it('"Profit factor at least 1,5, maximum drawdown 35%" is 1.5 (before: 1)', () => {
    expect(specOf('Tune ema crossover for BTC, 2020-2023. Profit factor at least 1,5, maximum drawdown 35%.').targets).toEqual({
      profit_factor: { operator: '>=', value: 1.5 }, max_drawdown: { operator: '>=', value: -0.35 },
    });
  });

  it('lists keep their numbers: "sma 20,50", "macd (12, 26, 9)"', () => {
    expect(specOf('sma 20,50 on BTC 2022').strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
    expect(specOf('macd (12, 26, 9) on BTC 2022').strategies[0]).toEqual({ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } });
  });
});

describe('capital in lakh grouping', () => {
  it.each([
    ['initial capital 1,00,000 dollars', 100000],
    ['capital 2,00,000', 200000],
    ['capital 10,00,000', 1000000],
    ['capital 10,000', 10000],
  ])('"%s" is %d (before: 0, refused as bad_request)', (phrase, capital) => {
    expect(specOf(`sma crossover 10 and 50 on SPY, 2015 to 2020, ${phrase}`).initial_capital).toBe(capital);
  });
});
