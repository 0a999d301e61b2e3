import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2026-01-10';

function read(text: string, history: readonly string[] = []): { strategies: unknown; notes: readonly string[] } {
  const outcome = parseRequest(text, { today: TODAY, history });
  if (!outcome.ok) return { strategies: outcome.error.code, notes: [] };
  return { strategies: outcome.spec.strategies.filter((strategy) => !strategy.baseline), notes: outcome.notes };
}

describe('a parameter given two values in one message is never replaced silently', () => {
  it.each([
    // The named value wins over the unnamed number; before, the 20 was dropped without a word.
    ['sma 20/50 with a 10 day short window on BTC', { name: 'sma_crossover', params: { short: 10, long: 50 } }, 'sma_crossover short was given 20 and 10: used 10'],
    ['momentum 30 with lookback 90 on BTC', { name: 'momentum', params: { lookback: 90 } }, 'momentum lookback was given 30 and 90: used 90'],
    ['rsi 14 30/70 with oversold 25 on BTC', { name: 'rsi_mean_reversion', params: { period: 14, lower: 25, upper: 70 } }, 'rsi_mean_reversion lower was given 30 and 25: used 25'],
    ['donchian 20/10 with exit 5 on BTC', { name: 'donchian_breakout', params: { period: 20, exit_period: 5 } }, 'donchian_breakout exit_period was given 10 and 5: used 5'],
    // The same parameter named twice: the later one.
    ['rsi period 14 and period 21 on BTC', { name: 'rsi_mean_reversion', params: { period: 21 } }, 'rsi_mean_reversion period was given 14 and 21: used 21'],
  ])('%s', (text, strategy, note) => {
    const { strategies, notes } = read(text);
    expect(strategies).toEqual([strategy]);
    expect(notes).toContain(note);
  });

  it('says so when a list of values replaces the number written beside the name', () => {
    const { strategies, notes } = read('momentum 30 with lookbacks of 60, 90 and 120 on BTC');
    expect(strategies).toEqual([60, 90, 120].map((lookback) => ({ name: 'momentum', params: { lookback } })));
    expect(notes).toContain('momentum lookback was given 30 and 60, 90, 120: ran 60, 90, 120');
  });

  it('says nothing when both values agree, or when the list holds the number', () => {
    expect(read('sma 20/50 with short window 20 on BTC').notes).toEqual([]);
    expect(read('momentum 30 with lookbacks of 30, 60 and 90 on BTC').notes).toEqual([]);
  });

  it('says nothing when a value replaces what a name means by definition: a golden cross is 50/200, but no 50 was written', () => {
    const { strategies, notes } = read('golden cross with a 40 day short window on SPY');
    expect(strategies).toEqual([{ name: 'sma_crossover', params: { short: 40, long: 200 } }]);
    expect(notes).toEqual([]);
  });

  it('says nothing when a follow-up changes a value an earlier message gave', () => {
    const { strategies, notes } = read('make the short window 10', ['sma 20/50 on BTC']);
    expect(strategies).toEqual([{ name: 'sma_crossover', params: { short: 10, long: 50 } }]);
    expect(notes).toEqual([]);
  });
});
