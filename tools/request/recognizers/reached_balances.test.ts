import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf, userStrategiesOf, PHRASE_TEST_TODAY } from '../test_support/spec_of.js';

describe('"can it get to 5000" after a stated capital is a final equity goal (reached_balances.ts)', () => {
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
