import { describe, expect, it } from 'vitest';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

const TODAY = '2025-11-20';

const specAfter = specsAfterTurnsOn(TODAY);

const userStrategies = (spec: ReturnType<typeof specAfter>) => spec.strategies.filter((strategy) => !('baseline' in strategy));

describe('"keep the normal exit": the parameter goes back to the strategy\'s default', () => {
  const turtleThenExit = ['turtle on doge 2021', 'make the exit 5 days'];

  it.each(['actually undo that, keep the normal exit', 'keep the normal exit', 'use the default exit', 'set the exit back to default', 'go back to the usual exit', 'the standard exit please'])(
    '"%s": no exit of 5 is kept (before: not understood)', (text) => {
      const [donchian] = userStrategies(specAfter([...turtleThenExit, text]));
      expect(donchian?.name).toBe('donchian_breakout');
      expect(donchian?.params?.exit_period).toBeUndefined();
    },
  );

  it('"use the normal period" drops the RSI\'s period and keeps its levels', () => {
    expect(userStrategies(specAfter(['rsi 21 30/70 on bnb 2022', 'use the normal period']))).toEqual([{ name: 'rsi_mean_reversion', params: { lower: 30, upper: 70 } }]);
  });

  it('a parameter no strategy has is noted as ignored, never read as another', () => {
    const spec = specAfter(['rsi 14 30/70 on bnb 2022', 'keep the default exit']);
    expect(userStrategies(spec)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]);
    expect(spec.notes?.join(' ')).toMatch(/ignored "keep the default exit"/);
  });

  it('must not change: "Is 14 the normal period? Let\'s use 14." asks about the default and sets 14', () => {
    const spec = specAfter(['Um, I think I want to try the RSI one? On XRP? For 2024 if that\'s ok. Is 14 the normal period? Let\'s use 14.']);
    expect(userStrategies(spec)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14 } }]);
  });

  it.each([
    ['keep the standard deviation at 2', { period: 20, std_dev: 2 }],
    ['make the std dev 3', { period: 20, std_dev: 3 }],
  ])('must not change: "%s" sets the width', (text, params) => {
    expect(userStrategies(specAfter(['bollinger 20 2.5 on spy 2020', text]))).toEqual([{ name: 'bollinger_bands', params }]);
  });
});
