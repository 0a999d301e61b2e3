import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';


describe('numbers written after a strategy swapped in are its own', () => {
  const crossover = ['sma 20/50 on eth 2023'];

  it.each([
    ['ema instead, 12/26', { name: 'ema_crossover', params: { short: 12, long: 26 } }],
    ['ema instead with 12/26', { name: 'ema_crossover', params: { short: 12, long: 26 } }],
    ['rsi instead, 10 25 75', { name: 'rsi_mean_reversion', params: { period: 10, lower: 25, upper: 75 } }],
    ['rsi instead: 10/25/75', { name: 'rsi_mean_reversion', params: { period: 10, lower: 25, upper: 75 } }],
    ['macd instead, 8 17 9', { name: 'macd', params: { fast: 8, slow: 17, signal: 9 } }],
    ['switch to macd 8/17/9', { name: 'macd', params: { fast: 8, slow: 17, signal: 9 } }],
  ])('"%s" (before: the numbers were ignored, or the old 20/50 kept)', (text, strategy) => {
    const spec = specOf(text, crossover);
    expect(spec.strategies.filter((entry) => !entry.baseline)).toEqual([strategy]);
    expect(spec.notes?.join(' ') ?? '').not.toMatch(/keeps|ignored/);
  });

  it('"ema instead" alone keeps the crossover\'s numbers, and says so', () => {
    const spec = specOf('ema instead', crossover);
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 20, long: 50 } });
    expect(spec.notes).toContain("ema_crossover keeps sma_crossover's settings (short 20, long 50)");
  });

  it('a year after "instead," is the window, not numbers', () => {
    const spec = specOf('ema instead, 2024', crossover);
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 20, long: 50 } });
    expect(spec.date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe("a breakout's entry and exit named by their lookback", () => {
  const breakout = ['donchian breakout on bnb 2022-2024', 'make the entry window 40'];

  it.each([
    ['exit lookback 15 instead of 10', { period: 40, exit_period: 15 }],
    ['make the exit window 5', { period: 40, exit_period: 5 }],
    ['exit look back 12 rather than 10', { period: 40, exit_period: 12 }],
    ['entry lookback 30', { period: 30 }],
  ])('"%s" (before: "exit lookback 15" set the entry to 15)', (text, params) => {
    const spec = specOf(text, breakout);
    expect(userStrategiesOf(text, breakout)).toEqual([{ name: 'donchian_breakout', params }]);
    expect(spec.notes?.join(' ') ?? '').not.toContain('ignored');
  });

  it('a plain "lookback" is still the entry channel', () => {
    expect(userStrategiesOf('lookback 30', breakout)).toEqual([{ name: 'donchian_breakout', params: { period: 30 } }]);
  });
});

describe('a strategy set aside in the same message for another, "same numbers", gives it its numbers', () => {
  it.each([
    ['bnb ema 12/26 for 2022, wait, not ema — sma, same numbers'],
    ['bnb ema 12/26 for 2022, no, not the ema, the sma, same windows'],
    ['bnb ema 12/26 for 2022, wait, sma not ema, same settings'],
    ['bnb ema 12/26 for 2022, actually use sma, same params'],
    ['bnb ema 12/26 for 2022, sorry, I meant sma, same numbers'],
  ])('"%s" runs sma_crossover 12/26 (before: sma defaults, or both)', (text) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'sma_crossover', params: { short: 12, long: 26 } }]);
  });

  it('without "same …" the swapped-in strategy keeps its own defaults, as before', () => {
    expect(userStrategiesOf('bnb ema 12/26 for 2022, wait, not ema — sma')).toEqual([{ name: 'sma_crossover' }]);
  });

  it('numbers that mean something else there are not carried, and that is said', () => {
    const spec = specOf('bnb rsi 14 30/70 for 2022, wait, not rsi — macd, same numbers');
    expect(spec.strategies.filter((entry) => !entry.baseline)).toEqual([{ name: 'macd' }]);
    expect(spec.notes).toContain("macd runs its defaults: rsi_mean_reversion's settings are not ones it takes");
  });
});
