import { describe, expect, it } from 'vitest';
import { missingNumbers, numbersIn, numbersScore } from './answer_numbers.js';

describe('numbersIn', () => {
  it('reads percentages, thousands separators, decimals and dates as canonical facts', () => {
    expect([...numbersIn('ETH returned 317.51% (final equity 41,750.63) from 2021-01-01, Sharpe 0.880')])
      .toEqual(['date 2021-01-01', '317.51%', '41750.63', '0.88']);
  });

  it('ignores the sign, so "-55.51%" and "55.51%" state the same drawdown', () => {
    expect(numbersIn('a maximum drawdown of -55.51%')).toEqual(numbersIn('a 55.51% drawdown'));
    expect(numbersIn('−3')).toEqual(new Set(['3']));
  });

  it('keeps 12% and 12 apart', () => {
    expect(numbersIn('12% over 12 trades')).toEqual(new Set(['12%', '12']));
  });

  it('skips digits glued to letters: hashes, sha256, H2', () => {
    expect(numbersIn('sha256 132d6cbe5b85 in H2')).toEqual(new Set());
  });

  it('reads both numbers of a pair such as 20/50 and list items after commas', () => {
    expect(numbersIn('SMA 20/50 and trades 16,17')).toEqual(new Set(['20', '50', '16', '17']));
  });
});

describe('missingNumbers and numbersScore', () => {
  const expected = 'BTC returned 12.5% with a Sharpe of 0.91 over 365 bars';

  it('finds nothing missing when the answer states every number, however worded', () => {
    expect(missingNumbers('Over 365 bars: Sharpe 0.91, return 12.5%.', expected)).toEqual([]);
    expect(numbersScore('Over 365 bars: Sharpe 0.91, return 12.5%.', expected)).toBe(1);
  });

  it('lists the numbers the answer lacks and scores the share it states', () => {
    expect(missingNumbers('BTC returned 12.5% with a Sharpe of 0.9 over 365 bars', expected)).toEqual(['0.91']);
    expect(numbersScore('BTC returned 12.5% with a Sharpe of 0.9 over 365 bars', expected)).toBeCloseTo(2 / 3, 12);
  });

  it('scores 1 when the expected answer holds no number', () => {
    expect(numbersScore('anything', 'no numbers here')).toBe(1);
  });
});
