import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * Two-digit years joined as a range ("22-24", "21 to 23") in a message that dates things by full
 * years elsewhere are those years; beside a story's "since 2021" they are the window asked for,
 * and the story's period is background (later_periods.ts). Alone, two numbers stay numbers.
 */
describe('two-digit year ranges beside a story period', () => {
  it.each([
    ['hey so i been hodling bags since 2021 and got totally rekt 😭 would sma 20 50 btc 22-24 have saved me??', '2022-01-01', '2024-12-31'],
    ['i been holding since 2021, sma 20 50 btc 21 to 23', '2021-01-01', '2023-12-31'],
    ["since 2021 i keep losing. ema 9 21 on sol '22-'24 pls", '2022-01-01', '2024-12-31'],
    ['been in eth since 2020 and lost a ton. would rsi have helped 22 through 24?', '2022-01-01', '2024-12-31'],
    ['i been holding eth since 2020 and got wrecked would rsi on eth 21 to 23 have helped?', '2021-01-01', '2023-12-31'],
    ["i've been in sol since 2021 and lost half, would ema 9 21 on sol '22-'24 have done better?", '2022-01-01', '2024-12-31'],
    ['hey so i been hodling bags since 2021 and got totally rekt would sma 20 50 btc 2022-2024 have saved me??', '2022-01-01', '2024-12-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toMatchObject({ start, end });
  });

  it.each([
    ['since 2021 btc, sma 20-50', { short: 20, long: 50 }],
    ['bought btc in 2021, rsi with thresholds 20-30 on btc 2022', { lower: 20, upper: 30 }],
  ])('numbers a strategy reads stay its settings: "%s"', (text, params) => {
    expect(specOf(text).strategies[0]?.params).toMatchObject(params);
  });

  it('with no full year in the message, "22-24" is not read as years', () => {
    expect(specOf('sma 20 50 btc 22-24').date_range?.start).not.toBe('2022-01-01');
  });

  it('a story with a strategy and no period of its own keeps its period as the window', () => {
    expect(specOf('i been holding since 2021, would sma 20 50 on btc have saved me?').date_range?.start).toBe('2021-01-01');
  });
});
