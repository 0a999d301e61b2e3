import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('a fall the user refuses is a drawdown limit', () => {
  it.each([
    ["I genuinely can't stomach a drop bigger than 25%. Which MACD settings on QQQ held up best from 2010 to 2020 within that?", -0.25],
    ["sma on btc 2022, I won't accept a fall of more than 20%", -0.2],
    ["sma on btc 2022, can't take dips over 15%", -0.15],
    ["sma on btc 2022, I can't stomach more than a 30% drop", -0.3],
    ["rsi on eth 2023, don't want a crash bigger than 40%", -0.4],
  ])('"%s" → max_drawdown >= %d (before: no target)', (text, limit) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual({ max_drawdown: { operator: '>=', value: limit } });
    expect(spec.optimization_required).toBe(true);
  });

  it.each(['sma on btc 2022, buy the dip over 5%', "sma on btc 2022, I can't stomach a drop under 5%", 'sma on btc 2022 after a drop over 10%'])(
    'a fall not refused, or refused only below a size, is no limit: "%s"',
    (text) => {
      expect(specOf(text).targets).toEqual({});
    },
  );
});
