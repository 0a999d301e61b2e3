import { describe, expect, it } from 'vitest';
import { parseStrategyOption } from './option_parsers.js';

describe('parseStrategyOption', () => {
  it('reads a name and its name=number parameters', () => {
    expect(parseStrategyOption('sma_crossover:short=20, long=50')).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
    expect(parseStrategyOption('rsi_mean_reversion')).toEqual({ name: 'rsi_mean_reversion' });
  });

  it('refuses a pair that is not name=number', () => {
    expect(() => parseStrategyOption('sma_crossover:short=twenty')).toThrow(expect.objectContaining({ code: 'bad_parameters' }));
    expect(() => parseStrategyOption('sma_crossover:short')).toThrow(/must be name=number/);
  });

  it('refuses names that are no parameter name, "__proto__" included (a record would drop it silently)', () => {
    for (const key of ['__proto__', 'Short', 'long-window']) {
      expect(() => parseStrategyOption(`sma_crossover:${key}=5`)).toThrow(expect.objectContaining({ code: 'bad_parameters', message: expect.stringContaining(`"${key}" is not a parameter name`) }));
    }
  });
});
