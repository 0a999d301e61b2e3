import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';
import { tokenize } from './tokenizer.js';

describe('two year-first dates touching by a hyphen are one range', () => {
  it.each([
    ['sma 20/60 on BTC, time 2024.06.01-2025.03.31'],
    ['sma 20/60 on BTC, 2024/06/01-2025/03/31'],
    ['sma 20/60 on BTC, 2024-06-01-2025-03-31'],
    ['sma 20/60 on BTC, 2024.06.01 - 2025.03.31'],
  ])('"%s"', (text) => {
    expect(specOf(text).date_range).toEqual({ start: '2024-06-01', end: '2025-03-31' });
  });
});

describe('must not change', () => {
  it('a year and month before a hyphen stay as they were', () => {
    expect(tokenize('2021-03-2021-06').map((token) => token.text)).toEqual(['2021', '-', '03', '-', '2021-06']);
  });

  it('a whole date with more digits after it is no date', () => {
    expect(tokenize('2024-06-01-5').map((token) => token.kind)).not.toContain('iso_date');
  });
});
