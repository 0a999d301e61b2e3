import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"he\'s been asking me since 2019 whether he should…": the period is the story\'s, the clause after "whether" its own', () => {
  it.each([
    ["So my dad turned 70 in March and he's been asking me since 2019 whether he should have just kept his money in the index instead of paying his advisor 1.2% a year. Could you run the S&P ETF with the 50/200 golden cross versus simply holding it, from 2000 through 2022?", { start: '2000-01-01', end: '2022-12-31' }],
    ['my mom has been asking me since 2015 whether she should hold SPY instead. could you run a golden cross on SPY from 2010 to 2020?', { start: '2010-01-01', end: '2020-12-31' }],
  ])('"%s"', (text, window) => {
    expect(specOf(text).date_range).toEqual(window);
  });
});

describe('must not change', () => {
  it('"could you check since 2019 whether I would have done better": the asking clause keeps its period', () => {
    expect(specOf('could you check since 2019 whether I would have done better with a golden cross on SPY').date_range).toEqual({ start: '2019-01-01', end: '2026-01-10' });
  });
});
