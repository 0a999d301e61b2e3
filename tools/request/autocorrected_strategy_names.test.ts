import { describe, expect, it } from 'vitest';
import { specOf, specsAfterTurnsOn, userStrategiesOf } from './test_support/spec_of.js';

/**
 * A phone's autocorrect turns "Bollinger bands" into "bowling bands": with "band(s)" after it, it can
 * only be the bands. Before, "bowling bands" was ignored and only the baseline ran.
 */
describe('"bowling bands" as autocorrect writes Bollinger bands', () => {
  it.each([
    ['can u do bowling bands on btc 20 period 2 std from march 2021 to june 2023 thx', { period: 20, std_dev: 2 }],
    ['bowling band 20 2 on eth 2022', { period: 20, std_dev: 2 }],
    ['Bowling Bands on SPY for 2023', undefined],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([params ? { name: 'bollinger_bands', params } : { name: 'bollinger_bands' }]);
  });

  it('a follow-up changes the width of the bands named so', () => {
    const spec = specsAfterTurnsOn('2025-11-20')(['bowling bands on eth, 20 and 2, 2022 to 2024', 'make it 2.5 std pls, the the rest same']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }]);
  });

  it.each(['bowlinger bands on btc 2022', 'boll bands on btc 2022'])('"%s" is read as before', (text) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'bollinger_bands' }]);
  });
});

describe('must not change', () => {
  it('"bowling" with no bands after it names no strategy', () => {
    expect(userStrategiesOf('bowling on btc 2022')).toEqual([]);
    expect(userStrategiesOf('sma 20/50 on SPY 2023, I went bowling after work')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });

  it('"bands" alone after another strategy stays as it was', () => {
    expect(specOf('rsi on btc 2022, then bands').strategies.some((strategy) => strategy.name === 'bollinger_bands')).toBe(false);
  });
});
