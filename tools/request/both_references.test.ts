import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const names = (text: string, history: string[]) => userStrategiesOf(text, history).map((s) => s.name);

describe('"both" in a follow-up brings back the two symbols named (both_references.ts)', () => {
  const history = ['macd on btc 2020-2022', 'now ltc'];
  it('side by side, ranked', () => {
    const spec = specOf('hmm show both side by side, and rank by total return', history);
    expect(spec.symbols).toEqual(['BTC', 'LTC']);
    expect(spec.rank_by).toBe('total_return');
    expect(names('hmm show both side by side, and rank by total return', history)).toEqual(['macd']);
  });
  it.each(['both', 'ok both', 'both of them', 'both of them please', 'both coins', 'the two together', 'run both', 'show me both', 'run the two', 'compare them both'])('%s', (text) => {
    expect(specOf(text, history).symbols).toEqual(['BTC', 'LTC']);
  });
});

describe('"both" means the two strategies when the symbols did not change', () => {
  const history = ['sma on btc 2020-2022', 'and rsi too'];
  it.each(['run both', 'both of them', 'show both side by side', 'the two together'])('%s', (text) => {
    expect(specOf(text, history).symbols).toEqual(['BTC']);
    expect(names(text, history)).toEqual(['sma_crossover', 'rsi_mean_reversion']);
  });
});

describe('must not change: "both" with what it sets', () => {
  const history = ['sma 10/50 on btc 2022', 'and ema crossover too'];
  it('"both 20/100" gives both strategies the numbers', () => {
    expect(userStrategiesOf('both 20/100', history)).toEqual([
      { name: 'sma_crossover', params: { short: 20, long: 100 } }, { name: 'ema_crossover', params: { short: 20, long: 100 } },
    ]);
  });
  it('"both with 10 bps fees" keeps the strategies and symbol', () => {
    const spec = specOf('both with 10 bps fees', history);
    expect(spec.symbols).toEqual(['BTC']);
    expect(names('both with 10 bps fees', history)).toEqual(['sma_crossover', 'ema_crossover']);
  });
  it('"both with 10 bps fees" after two symbols keeps the symbol it holds', () => {
    expect(specOf('both with 10 bps fees', ['macd on btc 2020-2022', 'now ltc']).symbols).toEqual(['LTC']);
  });
  it('"both strategies" with one named stays a note', () => {
    expect(specOf('both strategies', ['macd on btc 2020-2022', 'now ltc']).symbols).toEqual(['LTC']);
  });
});
