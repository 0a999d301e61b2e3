import { describe, expect, it } from 'vitest';
import { caseTurnTime } from './case_clock.js';

describe('caseTurnTime', () => {
  it('puts the first turn at noon UTC of the case\'s today and each next turn one second later', () => {
    expect(new Date(caseTurnTime('2026-11-24', 0)).toISOString()).toBe('2026-11-24T12:00:00.000Z');
    expect(new Date(caseTurnTime('2026-11-24', 3)).toISOString()).toBe('2026-11-24T12:00:03.000Z');
    expect(caseTurnTime('2025-06-30', 1)).toBe(1_751_284_801_000);
  });
});
