import { describe, expect, it } from 'vitest';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

const TODAY = '2025-11-20';

const specAfter = specsAfterTurnsOn(TODAY);

const userStrategies = (spec: ReturnType<typeof specAfter>) => spec.strategies.filter((strategy) => !('baseline' in strategy));

describe('the first run, pointed back to as a whole, comes back before the rest of the message applies', () => {
  const smaThenRetune = ['sma crossover 10/50 on spy 2000-2010', 'now try 20/100'];

  it.each([
    ['actually go back to the first one but add qqq', ['SPY', 'QQQ']],
    ['back to the first run', ['SPY']],
    ['the first version again', ['SPY']],
    ['like the original', ['SPY']],
    ['make it like the original but on qqq', ['QQQ']],
    ['the very first one again please', ['SPY']],
  ])('"%s": 10/50 on 2000-2010 (before: 20/100 kept, or not understood)', (text, symbols) => {
    const spec = specAfter([...smaThenRetune, text]);
    expect([spec.symbols, userStrategies(spec), spec.date_range]).toEqual([
      symbols, [{ name: 'sma_crossover', params: { short: 10, long: 50 } }], { start: '2000-01-01', end: '2010-12-31' },
    ]);
  });

  const rsiThenTighten = ['rsi 14 30/70 on bnb 2022-2024', 'tighten it to 35/65'];

  it.each([
    'go back to what I had originally',
    'back to what I had at first',
    'revert to the original settings',
    'what I started with',
    'how I had it at the start',
    'ok go back to what we had initially',
  ])('"%s": back to 30/70 (before: not understood)', (text) => {
    expect(userStrategies(specAfter([...rsiThenTighten, text]))).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]);
  });

  it.each([
    // The previous message only, as before.
    ['undo that', { period: 14, lower: 30, upper: 70 }],
    ['now 25/75', { period: 14, lower: 25, upper: 75 }],
  ])('must not change: "%s"', (text, params) => {
    expect(userStrategies(specAfter([...rsiThenTighten, text]))).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it('must not change: "the first one" about a strategy in a list is still a place in the list', () => {
    const spec = specAfter(['rsi and macd on btc 2022', 'drop the first one']);
    expect(userStrategies(spec).map((strategy) => strategy.name)).toEqual(['macd']);
  });
});
