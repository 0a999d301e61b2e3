import { describe, expect, it } from 'vitest';
import { listStrategyIds, resolveStrategyParams } from '../strategy/registry.js';
import { STRATEGY_WORDS } from './strategy_vocabulary.js';
import { parseRequest } from './parse_request.js';

describe('the parser\'s strategy words agree with the registry', () => {
  it('names exactly the registered strategies', () => {
    expect(STRATEGY_WORDS.map((entry) => entry.id).sort()).toEqual(listStrategyIds().sort());
  });

  it.each(STRATEGY_WORDS.map((entry) => [entry.id, entry] as const))('%s: same parameter names, and every shape and preset is valid', (id, entry) => {
    expect([...entry.params].sort()).toEqual(Object.keys(resolveStrategyParams(id)).sort());
    for (const names of Object.values(entry.shapes)) for (const name of names) expect(entry.params).toContain(name);
    for (const preset of entry.presets ?? []) expect(() => resolveStrategyParams(id, preset.params)).not.toThrow();
  });
});

describe('family words', () => {
  it('are each among their strategy\'s names, so every reader of names still knows them', () => {
    for (const entry of STRATEGY_WORDS) {
      const names = new Set(entry.names.map((name) => name.join(' ')));
      for (const family of entry.families ?? []) expect(names, `${entry.id}: ${family.join(' ')}`).toContain(family.join(' '));
    }
  });
});

describe('buy and hold written with "&", "n" or hyphens is a listed strategy', () => {
  it.each([
    // Before, "buy&hold" was ignored.
    'compare sma 20/50, ema 12/26 and buy&hold on aapl over 2015-2020',
    'rsi vs buy & hold on btc 2021',
    'macd against b&h on eth 2022',
    'sma 20/50 or buy-n-hold on spy since 2018, which wins',
    'ema 9/21 and buy n hold on sol 2023',
    'compare donchian with b & h on qqq 2019',
  ])('%s', (text) => {
    const outcome = parseRequest(text, { today: '2025-11-20' });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.spec.strategies.find((strategy) => strategy.name === 'buy_and_hold')?.baseline).toBeFalsy();
    expect(outcome.notes.filter((note) => note.startsWith('ignored'))).toEqual([]);
  });
});
