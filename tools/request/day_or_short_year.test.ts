import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

/**
 * "since march 24": two plain digits after a month are read as its day, the usual reading, but desk
 * shorthand writes March 2024 the same way ("Mar24" spaced), so the note says which was taken and how
 * to write the other. Read on 2026-01-10, where March 24 has not come yet this year.
 */
const notesOf = (text: string) => specOf(text).notes ?? [];

describe('a month and two digits alone: the day, with a note naming the year reading', () => {
  it('"since march 24" is the latest 24 March, and the note offers March 2024', () => {
    const spec = specOf('donchian 55/20 btc 4h since march 24');
    expect(spec.date_range).toMatchObject({ start: '2025-03-24', end: '2026-01-10' });
    expect(notesOf('donchian 55/20 btc 4h since march 24')).toContain('read \'march 24\' as 2025-03-24; for march 2024, write the year in full ("march 2024")');
  });

  it('"from dec 15 onwards" says the same of December 2015', () => {
    expect(specOf('rsi on eth from dec 15 onwards').date_range?.start).toBe('2025-12-15');
    expect(notesOf('rsi on eth from dec 15 onwards').some((note) => note.includes('for dec 2015'))).toBe(true);
  });

  it('no note where the digits cannot be a year begun (must not change)', () => {
    for (const text of ['sma on btc since march 5', 'sma on btc since march 24th', 'sma on btc since march 24 2023', 'sma on btc since jan 31']) {
      expect(notesOf(text).some((note) => note.includes('write the year in full')), text).toBe(false);
    }
  });
});
