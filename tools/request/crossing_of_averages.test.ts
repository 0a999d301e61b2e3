import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('a crossover named by the crossing of its averages, in English or a Romance language', () => {
  it.each([
    ['buy and hold GLD against the crossing of the 50 and 200 averages, 2010 to 2020', [{ name: 'buy_and_hold' }, { name: 'sma_crossover', params: { short: 50, long: 200 } }]],
    ['test the cross of the 50 and 200 averages on GLD 2010', [{ name: 'sma_crossover', params: { short: 50, long: 200 } }]],
    ['test the 50 and 200 averages crossing on GLD 2010', [{ name: 'sma_crossover', params: { short: 50, long: 200 } }]],
    ['backtest of the cruce de medias (SMA) 10 and 30 on BTC 2022', [{ name: 'sma_crossover', params: { short: 10, long: 30 } }]],
    ['croisement des moyennes 20/50 BTC 2022', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    ['cruce de las medias exponenciales 9/21 BTC 2022', [{ name: 'ema_crossover', params: { short: 9, long: 21 } }]],
  ])('"%s"', (text, strategies) => {
    expect(userStrategiesOf(text)).toEqual(strategies);
  });
});

describe('must not change', () => {
  it('two bare numbers before "averages", with no unit or crossing word, are no crossover', () => {
    const outcome = parseRequest('test 5 and 10 averages on GLD 2010', { today: '2026-01-10' });
    expect(outcome.ok).toBe(false);
  });
});
