import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('a month written after its year in numbers, "2021/4", as Japanese writers date (2021年4月)', () => {
  it.each([
    ['Please backtest of BTC by RSI. Period is 14, buy line 25, sell line 75. Term is 2021/4 ~ 2023/3. Thank you for your support.', '2021-04-01', '2023-03-31'],
    ['ETH 4 hour candle, EMA 20 and 50 cross, 2024/6 ~ 2025/5 please.', '2024-06-01', '2025-05-31'],
    // Before, the start was the end's month: 2012-12-01.
    ['GLD, buy and hold vs Bollinger (period 20, sigma 2). 2008/1 ~ 2012/12. Output is markdown please.', '2008-01-01', '2012-12-31'],
    ['sma 10/30 on SPY from 2019/1 to 2024/12', '2019-01-01', '2024-12-31'],
    ['sma 10/30 on SPY, 2021/4-2023/3', '2021-04-01', '2023-03-31'],
    // Two-digit months touching a hyphen were read as the end alone.
    ['sma 10/30 on SPY, 2021/04-2023/03', '2021-04-01', '2023-03-31'],
    ['sma 10/30 on SPY in 2022/7', '2022-07-01', '2022-07-31'],
  ])('%s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it('a follow-up keeps the window its history wrote so', () => {
    const spec = specOf('Thank you. Next, please change short EMA to 12. Others are same.', ['Please backtest ETH with EMA crossover 9 and 21. Term is 2023/1 ~ 2024/12.']);
    expect(spec.date_range).toEqual({ start: '2023-01-01', end: '2024-12-31' });
  });

  describe('must not change', () => {
    it('a season or fiscal year "2021/22" sets no month', () => {
      expect(specOf('sma 20/50 on BTC for the 2021/22 season').date_range).toBeUndefined();
    });

    // Alone, with no period word before it, "2022/3" may be a fiscal year or two years: no date rather than a wrong month.
    it.each([
      ['backtest SPY sma over FY 2022/3'],
      ['buy and hold SPY through the 2000/1 crash'],
      ['sma on SPY for fiscal 2022/3'],
    ])('%s sets no month', (text) => {
      expect(specOf(text).date_range).toBeUndefined();
    });

    it.each([
      ['sma 10/30 on ADA 2019/4/1 ~ 2021/3/31', '2019-04-01', '2021-03-31'],
      ['sma 10/30 on ADA 2021/04 to 2023/03', '2021-04-01', '2023-03-31'],
      ['macd 12/26/9 on BTC for 2023', '2023-01-01', '2023-12-31'],
    ])('%s', (text, start, end) => {
      expect(specOf(text).date_range).toEqual({ start, end });
    });

    it('ratios stay parameters', () => {
      expect(userStrategiesOf('macd 12/26/9 on BTC for 2023')[0]?.params).toEqual({ fast: 12, slow: 26, signal: 9 });
      expect(userStrategiesOf('rsi 14 20/80 on BTC in 2022')[0]?.params).toEqual({ period: 14, lower: 20, upper: 80 });
    });
  });
});
