import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('a length that describes something in the writer\'s day is no bar interval', () => {
  it.each([
    "I'm a nurse, I work 12-hour shifts. Backtest MACD on SOL with 8, 21 and 5 for 2023",
    'I check charts on my 15-minute breaks. Run bollinger 20/2 on ETH for 2024',
    'I listen to podcasts on my 45-minute commute. RSI on BTC for 2022 please',
    'After a 2-hour meeting I want an SMA crossover on SPY for 2020',
    'I work 12h shifts, so test momentum on BTC for 2023',
    'I took a 20-minute nap and then decided to try MACD on ETH for 2022',
  ])('"%s" runs on daily bars', (text) => {
    expect(specOf(text).interval).toBeUndefined();
  });

  it('"my 15-minute breaks … with 4-hour candles": the candles are the bars', () => {
    expect(specOf('I check charts on my 15-minute breaks. Backtest Bollinger Bands 20/2 on Ethereum with 4-hour candles for 2024').interval).toBe('4h');
  });

  it.each([
    ['hourly BTC sma 2024', '1h'],
    ['15-minute ETH rsi for 2024', '15m'],
    ['sma cross on btc 1h from april to june 2025', '1h'],
    ['ema cross on the 4-hour for btc, 2024', '4h'],
    ['4-hour candles, macd on eth 2024', '4h'],
    ['4h macd on eth 2024', '4h'],
    ['5m scalping bars for BTC with RSI 2024', '5m'],
    ['MACD on ETH on a 4-hour basis for 2024', '4h'],
  ])('"%s" still asks for %s bars', (text, interval) => {
    expect(specOf(text).interval).toBe(interval);
  });
});
