import { describe, expect, it } from 'vitest';
import { yearsIntoFootnotes } from './footnoted_years.js';
import { specOf, specsAfterTurnsOn } from './test_support/spec_of.js';

/** A day and month in a footnote ("*from Jan 1st") are of the year its star marks ("2021*"), not of this one. */
describe('a footnote dates within its starred year', () => {
  it.each([
    ['60/40 (BTC/ETH), buy & hold, since 2021*  *from Jan 1st', { start: '2021-01-01', end: '2026-01-10' }],
    ['BTC buy and hold since 2021* * from the 1st of March', { start: '2021-03-01', end: '2026-01-10' }],
    ['BTC buy and hold since 2021*, *starting 3 Feb', { start: '2021-02-03', end: '2026-01-10' }],
    ['BTC buy and hold since 2021*\n*from March', { start: '2021-03-01', end: '2026-01-10' }],
    ['ETH SMA 20/50 from 2019 to 2022* — *through June 30', { start: '2019-01-01', end: '2022-06-30' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it('keeps the weights in the order the symbols were written', () => {
    const spec = specsAfterTurnsOn('2025-11-20')(['60/40 (BTC/ETH), buy & hold, since 2021*  *from Jan 1st']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.6, ETH: 0.4 });
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2025-11-20' });
  });

  it.each([
    ['since 2021*  *from Jan 1st', 'since 2021*  *from Jan 1st 2021'],
    ['from 2019 to 2022* — *until Jun 30th', 'from 2019 to 2022* — *until Jun 30th 2022'],
    ['since 2021*  *from Jan 1st\nand RSI since March 3', 'since 2021*  *from Jan 1st 2021\nand RSI since March 3'],
  ])('writes the starred year into the note: "%s"', (text, written) => {
    expect(yearsIntoFootnotes(text)).toBe(written);
  });
});

describe('must not change', () => {
  it.each([
    // A note that already has its year, a note with no date, a star on no year, bold's double stars.
    'since 2021* *from Jan 1st, 2021',
    "since 2021* *from Jan 1 '21",
    'since 2021* *may be net of fees',
    'S&P 500* buy and hold since 2020 *total return from Jan 1st',
    'BNB donchian breakout (20 in / 10 out)** from 2021 to 2024 **with 5 bps slippage',
    'SMA 30/100 on XRP (2019–2023, inclusive), net of fees* — *assume 0.1% per trade',
    '*Jan 1st* since 2021',
  ])('"%s" is read as written', (text) => {
    expect(yearsIntoFootnotes(text)).toBe(text);
  });

  it.each([
    ['60/40 (BTC/ETH), buy & hold, since 2021', { BTC: 0.6, ETH: 0.4 }, { start: '2021-01-01', end: '2026-01-10' }],
    ['S&P 500* buy and hold since 2020 *total return', undefined, { start: '2020-01-01', end: '2026-01-10' }],
  ])('"%s"', (text, weights, range) => {
    const spec = specOf(text);
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(spec.date_range).toEqual(range);
  });

  it('fees in a note still count: "net of fees* — *assume 0.1% per trade"', () => {
    expect(specOf('SMA 30/100 on XRP (2019–2023, inclusive), net of fees* — *assume 0.1% per trade').fees_bps).toBe(10);
  });
});

describe('second read: italic stars are no footnote', () => {
  it('"My best year was *2021*. Run RSI on BTC *from March to June* 2023." runs March to June 2023', () => {
    expect(specOf('My best year was *2021*. Run RSI on BTC *from March to June* 2023.').date_range).toEqual({ start: '2023-03-01', end: '2023-06-30' });
  });
});
