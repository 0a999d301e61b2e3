import { describe, expect, it } from 'vitest';
import { strategiesOf } from '../test_support/strategies_of.js';

describe('full settings listed after "namely", for the one strategy named', () => {
  it('runs the strategy once per setting, past the words describing each', () => {
    expect(strategiesOf('contrast two specifications of the moving average convergence divergence oscillator on MSFT in 2010, '
      + 'namely the conventional (12, 26, 9) and a slower (19, 39, 9) variant')).toEqual([
      { name: 'macd', params: { fast: 12, slow: 26, signal: 9 } },
      { name: 'macd', params: { fast: 19, slow: 39, signal: 9 } },
    ]);
    expect(strategiesOf('bollinger on ETH 2021, namely a tight (20, 1.5) or the usual (20, 2)')).toEqual([
      { name: 'bollinger_bands', params: { period: 20, std_dev: 1.5 } },
      { name: 'bollinger_bands', params: { period: 20, std_dev: 2 } },
    ]);
  });

  it('reads nothing when the settings are not complete, or the message names several strategies', () => {
    expect(strategiesOf('macd on MSFT 2010, namely (12, 26) and (19, 39)')).toEqual([{ name: 'macd' }]);
    expect(strategiesOf('compare macd and rsi on SPY 2020, namely (12, 26, 9) and (14, 30, 70)')).not.toEqual(expect.arrayContaining([
      { name: 'macd', params: { fast: 14, slow: 30, signal: 70 } },
    ]));
  });
});
