import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('a commodity named with an article ("the gold", as French speakers say "l\'or")', () => {
  it.each([
    ['Bonjour, could you tell me if the bollinger bands with 20 periods and 2,5 std works good on the gold since 2015? Merci beaucoup', { name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }],
    ['test the gold with rsi 2020', { name: 'rsi_mean_reversion' }],
    ['macd for the gold from 2018', { name: 'macd' }],
  ])('"%s" runs on GLD (before: no_symbol)', (text, strategy) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual(['GLD']);
    expect(spec.strategies[0]).toEqual(strategy);
  });

  it.each(['rsi on the gold standard 2020 on btc', 'the gold price is high, sma on btc 2022'])('an idiom, or no slot before "the", keeps it a word: "%s"', (text) => {
    expect(specOf(text).symbols).toEqual(['BTC']);
  });
});
