import { describe, expect, it } from 'vitest';
import { porterStem } from './porter_stemmer.js';

// Words and stems from Porter (1980), "An algorithm for suffix stripping", and its reference vocabulary.
describe('Porter stemmer', () => {
  it.each([
    // step 1a
    ['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['caress', 'caress'], ['cats', 'cat'],
    // step 1b, including the e restored or the consonant undoubled afterwards
    ['feed', 'feed'], ['agreed', 'agre'], ['plastered', 'plaster'], ['bled', 'bled'], ['motoring', 'motor'], ['sing', 'sing'],
    ['conflated', 'conflat'], ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'], ['tanned', 'tan'],
    ['falling', 'fall'], ['hissing', 'hiss'], ['fizzed', 'fizz'], ['failing', 'fail'], ['filing', 'file'],
    // step 1c
    ['happy', 'happi'], ['sky', 'sky'],
    // steps 2 to 5 through the whole algorithm
    ['relational', 'relat'], ['conditional', 'condit'], ['rational', 'ration'], ['generalizations', 'gener'],
    ['oscillators', 'oscil'], ['controlling', 'control'], ['adjustment', 'adjust'], ['replacement', 'replac'],
    ['electricity', 'electr'], ['probate', 'probat'], ['rate', 'rate'], ['cease', 'ceas'], ['roll', 'roll'],
  ])('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('reduces the inflections of report words to one stem', () => {
    expect(new Set(['ranked', 'ranking', 'ranks'].map(porterStem))).toEqual(new Set(['rank']));
    expect(porterStem('trading')).toBe('trade');
    expect(porterStem('strategies')).toBe('strategi');
  });

  it('leaves words of one or two letters alone', () => {
    expect(porterStem('is')).toBe('is');
    expect(porterStem('a')).toBe('a');
  });
});
