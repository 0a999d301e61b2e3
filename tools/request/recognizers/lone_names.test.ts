import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

const SMA = ['sma 20/50 on btc 2022'];

/**
 * A follow-up whose whole content is a name, with at most a switching lead, switches the symbol and
 * keeps the rest, also for names that are words ("sol", "ada", "spy"). Before: "use sol" and "sol?"
 * were not_understood, and "use ada instead" silently kept BTC.
 */
describe('a lone name in a follow-up switches the symbol', () => {
  it.each([
    ['use sol', 'SOL'],
    ['use ada instead', 'ADA'],
    ['go with eth', 'ETH'],
    ['try it with doge', 'DOGE'],
    ['on sol', 'SOL'],
    ['sol?', 'SOL'],
    ['what about sol', 'SOL'],
    ['ok, use ada then', 'ADA'],
    ['use spy', 'SPY'],
    ['how about ada?', 'ADA'],
  ])('"%s"', (text, symbol) => {
    const spec = specOf(text, SMA);
    expect(spec.symbols).toEqual([symbol]);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(spec.strategies.find((strategy) => !strategy.baseline)).toMatchObject({ name: 'sma_crossover', params: { short: 20, long: 50 } });
  });
});

describe('must not change', () => {
  it('"use the link" keeps its article: a word, not a symbol', () => {
    expect(parseRequest('use the link', { today: '2026-01-10', history: SMA }).ok).toBe(false);
  });

  it('a greeting is no symbol: "Ada, could you rerun it for 2023?"', () => {
    expect(specOf('Ada, could you rerun it for 2023?', SMA).symbols).toEqual(['BTC']);
  });

  it('a name inside a longer sentence still needs its context: "sol and I will look at it tomorrow"', () => {
    const outcome = parseRequest('sol and I will look at it tomorrow', { today: '2026-01-10', history: SMA });
    expect(outcome.ok ? outcome.spec.symbols : outcome.error.code).not.toEqual(['SOL']);
  });
});
