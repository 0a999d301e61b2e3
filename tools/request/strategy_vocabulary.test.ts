import { describe, expect, it } from 'vitest';
import { listStrategyIds, resolveStrategyParams } from '../strategy/registry.js';
import { STRATEGY_WORDS } from './strategy_vocabulary.js';

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
