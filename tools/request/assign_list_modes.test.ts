import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const SMA_AND_EMA_ON_QQQ = ['compare sma and ema crossover on QQQ since 2015'];

function strategyNames(text: string, history: string[] = SMA_AND_EMA_ON_QQQ): string[] {
  return userStrategiesOf(text, history).map((strategy) => strategy.name);
}

/** A trailing "too", "as well", "also" adds what it follows, even after a leading "now". */
describe('a trailing add word outranks a plain leading "now"', () => {
  it('"now throw donchian in there too and rank them by sortino" adds donchian to sma and ema', () => {
    const spec = specOf('now throw donchian in there too and rank them by sortino', SMA_AND_EMA_ON_QQQ);
    expect(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)).toEqual(['sma_crossover', 'ema_crossover', 'donchian_breakout']);
    expect(spec.rank_by).toBe('sortino_ratio');
    expect(spec.symbols).toEqual(['QQQ']);
  });

  it.each([
    ['now rsi as well', ['sma_crossover', 'ema_crossover', 'rsi_mean_reversion']],
    ['now bring in macd too', ['sma_crossover', 'ema_crossover', 'macd']],
    ['use bollinger too', ['sma_crossover', 'ema_crossover', 'bollinger_bands']],
    ['throw in bollinger as well', ['sma_crossover', 'ema_crossover', 'bollinger_bands']],
    ['add macd to the mix', ['sma_crossover', 'ema_crossover', 'macd']],
    ['also run rsi', ['sma_crossover', 'ema_crossover', 'rsi_mean_reversion']],
  ])('"%s" adds to the strategies', (text, names) => {
    expect(strategyNames(text)).toEqual(names);
  });

  it('symbols behave the same: "now ETH too" and "now try it on ETH too" add ETH', () => {
    expect(specOf('now ETH too', ['sma 20/50 on BTC since 2022']).symbols).toEqual(['BTC', 'ETH']);
    expect(specOf('now try it on ETH too', ['sma 20/50 on BTC since 2022']).symbols).toEqual(['BTC', 'ETH']);
  });

  describe('must not change', () => {
    it.each([
      ['now try donchian', ['donchian_breakout']],
      ['switch to ema', ['ema_crossover']],
      ['now rsi instead', ['rsi_mean_reversion']],
      ['only rsi too', ['rsi_mean_reversion']],
    ])('"%s" replaces the strategies', (text, names) => {
      expect(strategyNames(text)).toEqual(names);
    });

    it('"now try it on ETH" replaces the symbol', () => {
      expect(specOf('now try it on ETH', ['sma 20/50 on BTC since 2022']).symbols).toEqual(['ETH']);
    });
  });
});
