import { describe, expect, it } from 'vitest';
import { computeMacd } from '../../strategy/indicators/macd/macd.js';
import { computeRsi } from '../../strategy/indicators/rsi/rsi.js';
import { oscillatorIndicator, priceIndicators } from './price_overlays.js';

const close = Float64Array.from({ length: 80 }, (_, index) => 100 + 10 * Math.sin(index / 6) + index * 0.2);
const bars = { open: close, high: close, low: close, close, volume: close };

describe('indicators the price chart draws', () => {
  it('RSI in its own panel with the entry and exit levels, from the strategy\'s own RSI', () => {
    const panel = oscillatorIndicator('rsi_mean_reversion', { period: 14, lower: 25, upper: 75 }, bars)!;
    expect(panel).toMatchObject({ title: 'RSI 14', levels: [25, 75] });
    expect(panel.lines[0]!.values).toEqual(computeRsi(close, 14));
    expect(priceIndicators('rsi_mean_reversion', { period: 14, lower: 25, upper: 75 }, bars)).toEqual([]);
  });

  it('MACD line and signal around zero; momentum around zero; none for strategies drawn over the price', () => {
    const macd = oscillatorIndicator('macd', { fast: 12, slow: 26, signal: 9 }, bars)!;
    expect(macd.levels).toEqual([0]);
    expect(macd.lines.map((line) => line.name)).toEqual(['MACD', 'Signal']);
    expect(macd.lines[1]!.values).toEqual(computeMacd(close, 12, 26, 9).signal);
    expect(oscillatorIndicator('momentum', { lookback: 20 }, bars)!.lines[0]!.values[20]).toBeCloseTo(close[20]! / close[0]! - 1, 15);
    expect(oscillatorIndicator('sma_crossover', { short: 5, long: 20 }, bars)).toBeNull();
    expect(oscillatorIndicator('buy_and_hold', {}, bars)).toBeNull();
  });
});
