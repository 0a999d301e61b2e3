import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const emaRun = ['Make backtest EMA crossover 10/50 on ETH for 2022-2023, please'];

/** "add also short positions": the short side added, named with its noun (before: 'positions' was ignored and shorting stayed off). */
describe('adding short positions allows shorting', () => {
  it.each([
    'Good. And now add also short positions, and give me result in PNG and markdown.',
    'include short trades',
    'add shorting please',
    'add also the short positions too',
    'also short positions',
  ])('"%s"', (text) => {
    expect(specOf(text, emaRun).allow_short).toBe(true);
  });

  it('a denial before turns it off', () => {
    expect(specOf("don't add short positions", emaRun).allow_short).toBe(false);
  });

  it('must not change: "add short 5" sets the short window', () => {
    const spec = specOf('add short 5', emaRun);
    expect(spec.allow_short).toBeUndefined();
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 5, long: 50 } });
  });
});
