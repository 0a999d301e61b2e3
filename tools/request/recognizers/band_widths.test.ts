import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

const BOLLINGER = 'bollinger bands on sol, 20 period 2 std, since 2022';
const RSI = 'rsi mean reversion on ETH since 2022, period 14, 30/70';

describe('one number given to the bands is their width in standard deviations (before: not_understood)', () => {
  it.each([
    ['widen the bands to 2.5', 2.5],
    ['narrow the bands to 1.5', 1.5],
    ['make the bands 3 wide', 3],
    ['widen them to 2.5 std', 2.5],
    ['tighten them to 1.5', 1.5],
    ['squeeze the bands in to 1.8', 1.8],
    ['set the bollinger bands to 3 please', 3],
    ['make the bands 2.5 std', 2.5],
  ])('"%s" after a 20/2 Bollinger', (text, width) => {
    expect(userStrategiesOf(text, [BOLLINGER])).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: width } }]);
  });

  it('keeps the rest of the request', () => {
    const spec = specOf('widen the bands to 2.5', [BOLLINGER]);
    expect(spec.symbols).toEqual(['SOL']);
    expect(spec.date_range?.start).toBe('2022-01-01');
  });

  it('reads the width in a first message too ("bands at 2.5")', () => {
    expect(userStrategiesOf('bollinger on eth 2023 with bands at 2.5')).toEqual([{ name: 'bollinger_bands', params: { std_dev: 2.5 } }]);
  });
});

describe('what the width reader leaves alone', () => {
  it('"tighten the bands to 25/75" stays an RSI\'s levels', () => {
    expect(userStrategiesOf('tighten the bands to 25/75', [RSI])).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 25, upper: 75 } }]);
  });

  it('a large number is no width ("tighten the bands to 25" is refused, as before)', () => {
    expect(() => specOf('tighten the bands to 25', [RSI])).toThrow();
  });

  it('a number in bars is no width ("widen the bands to 30 days")', () => {
    expect(() => specOf('widen the bands to 30 days', [BOLLINGER])).toThrow();
  });

  it('"wider bands" with no number still keeps the settings', () => {
    expect(userStrategiesOf('wider bands', [BOLLINGER])).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]);
  });
});
