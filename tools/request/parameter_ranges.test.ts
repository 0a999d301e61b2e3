import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('a parameter search range is optimisation intent, and the note says the range cannot be set', () => {
  it.each([
    ['sma on BTC, short window 10 to 50 step 10', 'sma_crossover', "search range 'short 10 to 50 step 10' cannot be set"],
    ['bollinger on QQQ, std from 1.5 to 3', 'bollinger_bands', "search range 'std_dev 1.5 to 3' cannot be set"],
    ['bb on GLD with std between 1.5 and 3', 'bollinger_bands', "search range 'std_dev 1.5 to 3' cannot be set"],
    ['sma on BTC, long 100-200', 'sma_crossover', "search range 'long 100 to 200' cannot be set"],
    ['rsi period from 7 to 21 on ETH', 'rsi_mean_reversion', "search range 'period 7 to 21' cannot be set"],
    ['momentum on SPY, lookback 20 to 120 in steps of 20', 'momentum', "search range 'lookback 20 to 120 step 20' cannot be set"],
    ['try the sma short window somewhere between 10 and 30 on BTC', 'sma_crossover', "search range 'short 10 to 30' cannot be set"],
    ['rsi on ETH, period anywhere from 7 to 21', 'rsi_mean_reversion', "search range 'period 7 to 21' cannot be set"],
  ])('"%s"', (text, strategy, note) => {
    const spec = specOf(text);
    expect(spec.optimization_required).toBe(true);
    // Neither end of the range is taken as the parameter's value.
    expect(spec.strategies.find((item) => item.name === strategy)?.params).toBeUndefined();
    expect(spec.notes?.some((item) => item.startsWith(note))).toBe(true);
  });

  it('names the range the search covers instead', () => {
    expect(specOf('bollinger on QQQ, std from 1.5 to 3').notes).toContain(
      "search range 'std_dev 1.5 to 3' cannot be set: the search covers bollinger_bands's own range for std_dev, 1 to 3.5 step 0.1",
    );
  });

  it('says so when no strategy has the parameter', () => {
    expect(specOf('macd on BTC, std from 1.5 to 3').notes?.some((note) => note.includes('ignored: none of the strategies has a std_dev parameter'))).toBe(true);
  });

  it('"change the short window from 10 to 20" is a change to 20, not a range', () => {
    const spec = specOf('change the short window from 10 to 20', ['sma 10/30 on BTC']);
    expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 30 } });
    expect(spec.optimization_required).toBe(false);
    expect(spec.notes).toBeUndefined();
  });

  it('a downward span, money or a year is no range', () => {
    expect(specOf('bollinger period 30-10 on SPY').optimization_required).toBe(false);
    expect(specOf('sma 20/50 on BTC, fees from 5 to 10 bps').notes?.some((note) => note.startsWith('search range'))).not.toBe(true);
    expect(specOf('sma on BTC with period 2020 to 2022').notes?.some((note) => note.startsWith('search range'))).not.toBe(true);
  });
});
