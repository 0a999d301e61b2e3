import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const spyGld = ['portfolio 60/40 SPY GLD, buy and hold, since 2010', 'show me the equity curve as svg'];

describe('"make it 50/30/20 with QQQ": a weight more than the holdings, and one new symbol, adds it', () => {
  it.each([
    ['make it 50/30/20 with QQQ as the third leg'],
    ['make it 50/30/20 with QQQ'],
    ['now 50/30/20 with QQQ'],
    ['50/30/20 and add QQQ'],
  ])('"%s"', (text) => {
    const spec = specOf(text, spyGld);
    expect(spec.symbols).toEqual(['SPY', 'GLD', 'QQQ']);
    expect(spec.portfolio?.weights).toEqual({ SPY: 0.5, GLD: 0.3, QQQ: 0.2 });
  });
});

describe('must not change: weights that fit the symbols named replace the list, or are refused', () => {
  it('"make it 50/50 with QQQ" is refused (two weights for QQQ alone)', () => {
    expect(() => specOf('make it 50/50 with QQQ', spyGld)).toThrow();
  });
  it('"make it 50/30/20 SPY GLD QQQ" names all three', () => {
    expect(specOf('make it 50/30/20 SPY GLD QQQ', spyGld).portfolio?.weights).toEqual({ SPY: 0.5, GLD: 0.3, QQQ: 0.2 });
  });
});
