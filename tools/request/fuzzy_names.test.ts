import { describe, expect, it } from 'vitest';
import { matchMisspelledName } from './fuzzy_names.js';

/** A slip is measured against the shorter of word and name: a 5-letter name forgives one edit, whatever the word's length. */
describe('a misspelled name', () => {
  it.each([
    ['bitcon', 'bitcoin'],
    ['etherium', 'ethereum'],
    ['matik', 'matic'],
    ['teslaa', 'tesla'],
  ])('"%s" is %s', (word, name) => {
    expect(matchMisspelledName(word, ['bitcoin', 'ethereum', 'matic', 'tesla'])).toBe(name);
  });

  // Before: "martin", "marlic" (two edits from "matic") and "maticks" were read as MATIC.
  it.each(['martin', 'maticks', 'marlic'])('"%s" is no slip of a 5-letter name', (word) => {
    expect(matchMisspelledName(word, ['matic', 'tesla'])).toBeUndefined();
  });
});
