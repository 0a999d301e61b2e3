import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('Dutch range words: "van ... tot", "tot en met" and its abbreviation "t/m" (through)', () => {
  it.each([
    ['macd 12/26/9 op BTC, 2h candles, van jan 2025 t/m jun 2025', '2025-01-01', '2025-06-30'],
    ['sma 20/50 op ETH, 2020 t/m 2022', '2020-01-01', '2022-12-31'],
    ['rsi op BTC van march 2021 t/m may 2022', '2021-03-01', '2022-05-31'],
    ['bollinger op GLD van 01/2019 t/m 06/2020', '2019-01-01', '2020-06-30'],
    ['macd op BTC van jan 2025 tot en met jun 2025', '2025-01-01', '2025-06-30'],
    ['macd op BTC van 2020 tot 2022', '2020-01-01', '2022-12-31'],
  ])('%s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it('the MACD ratio beside the range stays its parameters', () => {
    expect(userStrategiesOf('macd 12/26/9 op BTC, van jan 2025 t/m jun 2025')[0]?.params).toEqual({ fast: 12, slow: 26, signal: 9 });
  });

  describe('must not change', () => {
    it('"tot" alone still ends the window', () => {
      expect(specOf('sma 20/50 op ETH van 2019 tot 2021').date_range).toEqual({ start: '2019-01-01', end: '2021-12-31' });
    });
  });
});
