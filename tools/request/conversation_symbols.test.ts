import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf } from './test_support/spec_of.js';

const swapped = ['sma 20/50 btc 2022', 'make it eth'];

describe('"both coins": the symbols the conversation has named, not only the one it holds', () => {
  it.each(['now both coins together, 50/50 split', 'run both coins 50/50', 'both symbols together, 50/50'])('"%s" holds BTC and ETH half and half', (text) => {
    const spec = specOf(text, swapped);
    expect(spec.symbols).toEqual(['BTC', 'ETH']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });

  it('"all three coins" after three were named in turn', () => {
    expect(specOf('now all three coins', ['sma 20/50 btc 2022', 'make it eth', 'try sol']).symbols).toEqual(['BTC', 'ETH', 'SOL']);
  });

  it('a count the conversation does not have leaves the symbols and says so', () => {
    const spec = specOf('now all three coins', swapped);
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.notes?.some((note) => note.includes('named 2 symbol(s) (BTC, ETH), not 3'))).toBe(true);
  });
});

describe('must not change', () => {
  it('"SMA and EMA, both 30/90" sets both strategies, no symbols', () => {
    const outcome = parseRequest('SMA and EMA, both 30/90 on BTC 2022', { today: '2025-11-20' });
    expect(outcome.ok && outcome.spec.symbols).toEqual(['BTC']);
  });

  it('"both sides" still allows shorting', () => {
    expect(specOf('trade both sides', swapped).allow_short).toBe(true);
  });
});
