import { describe, expect, it } from 'vitest';
import { ByteBoundedLru } from './byte_bounded_lru.js';

function lruOf(maxBytes: number): ByteBoundedLru<string> {
  return new ByteBoundedLru<string>(() => maxBytes);
}

describe('a byte-bounded least-recently-used map', () => {
  it('keeps entries while their bytes fit: 400 + 300 + 300 = 1,000 of 1,000', () => {
    const lru = lruOf(1000);
    lru.set('a', 'A', 400);
    lru.set('b', 'B', 300);
    lru.set('c', 'C', 300);
    expect(lru.keys()).toEqual(['a', 'b', 'c']);
    expect(lru.bytes).toBe(1000);
    expect(lru.evictions).toBe(0);
  });

  it('evicts the least recently inserted first when nothing was read', () => {
    const lru = lruOf(1000);
    lru.set('a', 'A', 400);
    lru.set('b', 'B', 300);
    lru.set('c', 'C', 300);
    lru.set('d', 'D', 1);
    expect(lru.keys()).toEqual(['b', 'c', 'd']);
    expect(lru.bytes).toBe(601);
    expect(lru.get('a')).toBeUndefined();
  });

  it('a hit protects an entry: the oldest read one outlives a younger unread one', () => {
    const lru = lruOf(1000);
    lru.set('a', 'A', 400);
    lru.set('b', 'B', 300);
    lru.set('c', 'C', 300);
    expect(lru.get('a')).toBe('A');
    lru.set('d', 'D', 250);
    expect(lru.keys()).toEqual(['c', 'a', 'd']);
    expect(lru.bytes).toBe(950);
    expect(lru.evictions).toBe(1);
  });

  it('evicts as many entries as the new one needs, oldest first', () => {
    const lru = lruOf(1000);
    for (const key of ['a', 'b', 'c', 'd']) lru.set(key, key.toUpperCase(), 250);
    lru.set('e', 'E', 700);
    expect(lru.keys()).toEqual(['d', 'e']);
    expect(lru.bytes).toBe(950);
    expect(lru.evictions).toBe(3);
  });

  it('does not keep an entry bigger than the whole bound, and keeps what it held', () => {
    const lru = lruOf(1000);
    lru.set('a', 'A', 400);
    expect(lru.set('huge', 'H', 1001)).toBe(false);
    expect(lru.keys()).toEqual(['a']);
    expect(lru.bytes).toBe(400);
    expect(lru.evictions).toBe(0);
    expect(lru.set('exact', 'X', 1000)).toBe(true);
    expect(lru.keys()).toEqual(['exact']);
  });

  it('re-setting a key replaces its bytes instead of counting them twice', () => {
    const lru = lruOf(1000);
    lru.set('a', 'A', 400);
    lru.set('a', 'A2', 100);
    expect(lru.bytes).toBe(100);
    expect(lru.get('a')).toBe('A2');
    lru.delete('a');
    expect(lru.bytes).toBe(0);
    expect(lru.size).toBe(0);
  });

  it('reads the bound on every insert, so a lowered setting applies at once', () => {
    let max = 1000;
    const lru = new ByteBoundedLru<string>(() => max);
    lru.set('a', 'A', 400);
    lru.set('b', 'B', 400);
    max = 500;
    lru.set('c', 'C', 100);
    expect(lru.keys()).toEqual(['b', 'c']);
    expect(lru.bytes).toBe(500);
  });
});
