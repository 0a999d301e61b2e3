import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const ltc = ['ema 12/26 on LTC 2020 to 2022', 'output html and trades csv'];

describe('"add a pdf too, and start it from June 2020": a trailing "too" closes the pdf, and the start alone moves', () => {
  it.each([
    ['add a pdf too, and start it from June 2020 instead', { start: '2020-06-01', end: '2022-12-31' }],
    ['add a pdf as well, start from March 2021', { start: '2021-03-01', end: '2022-12-31' }],
  ])('"%s"', (text, window) => {
    const spec = specOf(text, ltc);
    expect(spec.date_range).toEqual(window);
    expect(spec.outputs).toContain('pdf');
  });
});

describe('must not change: a mode word that leads the dates still widens the window', () => {
  it.each([
    ['add 2023 too'],
    ['also do 2023'],
    ['add ETH too, and 2023 as well'],
  ])('"%s"', (text) => {
    expect(specOf(text, ltc).date_range).toEqual({ start: '2020-01-01', end: '2023-12-31' });
  });
});
