import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const STRICT = 'find rsi settings on btc 2022-2024 with sharpe over 2 and drawdown under 20%';

describe('letting a metric go to a size moves its limit there (before: not_understood)', () => {
  it.each([
    ["that's too strict, let the drawdown go to 35%", { sharpe_ratio: { operator: '>', value: 2 }, max_drawdown: { operator: '>=', value: -0.35 } }],
    ['ok, allow the drawdown to run up to 30%', { sharpe_ratio: { operator: '>', value: 2 }, max_drawdown: { operator: '>=', value: -0.3 } }],
    ['let the sharpe drop to 1.5', { sharpe_ratio: { operator: '>', value: 1.5 }, max_drawdown: { operator: '>=', value: -0.2 } }],
  ])('%s', (text, targets) => {
    expect(specOf(text, [STRICT]).targets).toEqual(targets);
  });

  it('the side of a capped metric is kept', () => {
    expect(specOf('let the volatility climb to 40%', ['tune sma on spy 2010-2020, volatility under 20%']).targets).toEqual({ volatility: { operator: '<', value: 0.4 } });
  });

  it('must not change: letting the run go to a year moves the window, not a target', () => {
    const spec = specOf('let it run to 2024', ['tune sma on spy 2010-2020, volatility under 20%']);
    expect(spec.targets).toEqual({ volatility: { operator: '<', value: 0.2 } });
    expect(spec.date_range?.end).toBe('2024-12-31');
  });
});
