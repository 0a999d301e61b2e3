import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf, userStrategiesOf, PHRASE_TEST_TODAY } from '../test_support/spec_of.js';

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

describe('"can it get to 5000" after a stated capital is a final equity goal ', () => {
  const history = ['buy and hold btc 2019 to 2021 with 1000 bucks', 'what would that be worth'];
  it('keeps the capital, switches the strategy and sets the goal', () => {
    const spec = specOf('ok now can it get to 5000 with sma crossover instead', history);
    expect(userStrategiesOf('ok now can it get to 5000 with sma crossover instead', history).map((s) => s.name)).toEqual(['sma_crossover']);
    expect(spec.strategies.find((s) => s.name === 'buy_and_hold')?.baseline).toBe(true);
    expect(spec.initial_capital).toBe(1000);
    expect(spec.targets).toEqual({ final_equity: { operator: '>=', value: 5000 } });
    expect(spec.optimization_required).toBe(true);
  });
  it.each([
    ['can it get to 5000', 5000], ['could it reach 5k', 5000], ['can it make it to 5000 with macd', 5000], ['see if it gets to 3k', 3000],
    ['would the strategy hit 4000?', 4000], ['can my money grow to 2500 using rsi', 2500],
  ])('%s', (text, value) => {
    const spec = specOf(text, history);
    expect(spec.initial_capital).toBe(1000);
    expect(spec.targets).toEqual({ final_equity: { operator: '>=', value } });
  });
  it('a capital stated in the same message counts too', () => {
    const spec = specOf('sma on btc 2020 with $1000, see if it gets to 3k');
    expect(spec.initial_capital).toBe(1000);
    expect(spec.targets).toEqual({ final_equity: { operator: '>=', value: 3000 } });
  });
  it('must not change: "get it to 2023" moves the end date', () => {
    const spec = specOf('get it to 2023', history);
    expect(spec.date_range?.end).toBe('2023-12-31');
    expect(spec.targets).toEqual({});
  });
  it('must not change: "can it get to a sharpe of 1.5" is a Sharpe target', () => {
    expect(specOf('can it get to a sharpe of 1.5', history).targets).toEqual({ sharpe_ratio: { operator: '>=', value: 1.5 } });
  });
  it('must not change: a bare number with no capital stated is no balance', () => {
    const outcome = parseRequest('can it get to 5000', { today: PHRASE_TEST_TODAY, history: ['sma on btc 2020'] });
    expect(outcome.ok ? outcome.spec.targets : {}).toEqual({});
  });
  it('must not change: a count after the number ("500 trades") is no balance', () => {
    const outcome = parseRequest('can it get to 5000 trades', { today: PHRASE_TEST_TODAY, history });
    expect(outcome.ok ? outcome.spec.targets.final_equity : undefined).toBeUndefined();
  });
});
