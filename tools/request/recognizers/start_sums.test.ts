import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('a plain number "to start" is the starting capital', () => {
  it.each([
    ['Dental receptionist: donchian breakout on ethereum from March 2020 to the end of 2021, twenty-five hundred to start.', 2500],
    ['donchian on eth 2021, 3000 to begin with', 3000],
    ['sma on btc, two thousand to start, since 2021', 2000],
    ['sma on btc, fifteen hundred to start with, 2022', 1500],
    ['rsi on eth 2022 with 2500 to start', 2500],
  ])('"%s" → %d', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('must not change: a date, or a count too small to be money', () => {
    const toStartOf = specOf('sma on btc from 2020 to start of 2022');
    expect(toStartOf.initial_capital).toBe(10_000);
    expect(toStartOf.date_range?.end).toBe('2022-01-01');
    expect(specOf('sma 20/50 on btc 2022, 15 to start').initial_capital).toBe(10_000);
    expect(specOf('sma 20/50 on btc 2022, $2500 to start').initial_capital).toBe(2500);
  });
});
