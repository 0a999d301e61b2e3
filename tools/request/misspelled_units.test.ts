import { describe, expect, it } from 'vitest';
import { misspelledUnit } from './misspelled_units.js';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function read(text: string): { start?: string; end?: string; notes: readonly string[] } {
  const outcome = parseRequest(text, { today: TODAY });
  if (!outcome.ok) throw new Error(`refused: ${outcome.error.message}`);
  return { ...outcome.spec.date_range, notes: outcome.notes };
}

describe('a span unit mistyped after its count is read as the unit', () => {
  it.each([
    ['rsi 14 on btc, last 2 yeras', '2023-11-20'],
    ['rsi 14 on btc past 3 yaers', '2022-11-20'],
    ['rsi 14 on btc the last 2 yers', '2023-11-20'],
    ['rsi 14 on btc last 6 monts', '2025-05-20'],
    ['rsi 14 on btc last 6 monhts', '2025-05-20'],
    ['rsi 14 on btc last 2 quaters', '2025-05-20'],
    ['rsi 14 on btc past 10 weks', '2025-09-11'],
    ['rsi 14 on btc last 90 dyas', '2025-08-22'],
    ['rsi 14 on btc over the past two yeras', '2023-11-20'],
  ])('"%s" starts %s and ends today', (text, start) => {
    const { notes, ...range } = read(text);
    expect(range).toEqual({ start, end: TODAY });
    expect(notes.some((note) => note.startsWith('read '))).toBe(true);
  });

  it.each([
    ['yeras', 'years'], ['yaers', 'years'], ['yera', 'year'], ['monts', 'months'], ['monhts', 'months'], ['weks', 'weeks'], ['dyas', 'days'], ['decdes', 'decades'],
  ])('misspelledUnit("%s") is %s', (word, unit) => {
    expect(misspelledUnit(word)).toBe(unit);
  });

  it.each(['years', 'days', 'mouths', 'yeah', 'wins', 'yards', 'mins', 'yrs', 'wks', 'weds'])('"%s" is no misspelled unit', (word) => {
    expect(misspelledUnit(word)).toBeUndefined();
  });

  it('a word near a unit with no count before it is left alone: "rsi on btc 2023, yeras"', () => {
    expect(read('rsi 14 on btc 2023, yeras').notes.some((note) => note.includes("'years'"))).toBe(false);
  });
});
