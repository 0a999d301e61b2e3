import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('"the turtle traders from the 80s": a period naming when people traded is background', () => {
  it('the target line', () => {
    const spec = specOf("so my wife thinks I'm nuts for even looking at this stuff, and honestly maybe she's right, but I've been reading about the turtle traders from the 80s and figured why not try it on dogecoin, since everybody at work was going on about doge back then. let's do 2021 through 2023, and I'd like to be able to bet on it going down too if that's a thing");
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2023-12-31' });
    expect(spec.symbols).toEqual(['DOGE']);
  });
  it.each([
    'I keep reading about the old-school traders from the 1990s. donchian on spy 2015-2020',
    'the quants of the 2000s loved this. donchian on spy 2015-2020',
    'inspired by the investors from the 70s, run donchian on spy 2015-2020',
  ])('"%s"', (text) => {
    expect(specOf(text).date_range).toEqual({ start: '2015-01-01', end: '2020-12-31' });
  });
});

describe('must not change', () => {
  it('"donchian on spy from the 90s" is the window', () => {
    expect(specOf('donchian on spy from the 90s').date_range?.start).toBe('1990-01-01');
  });
});
