import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

const run = ['bollinger 20/2 on solana for 2024'];

describe('"just the last 6 months of that": a part of the conversation\'s window', () => {
  it.each([
    ['just the last 6 months of that', { start: '2024-07-01', end: '2024-12-31' }],
    ['only the first quarter of that', { start: '2024-01-01', end: '2024-03-31' }],
    ['the last 3 months of it', { start: '2024-10-01', end: '2024-12-31' }],
    ['rerun on the first 2 months of the window', { start: '2024-01-01', end: '2024-02-29' }],
    ['the final year of that', { start: '2024-01-01', end: '2024-12-31' }],
  ])('"%s"', (text, window) => {
    const spec = specOf(text, run);
    expect(spec.date_range).toEqual(window);
    expect(spec.symbols).toEqual(['SOL']);
  });

  it('with no dates yet there is nothing to take a part of', () => {
    expect(parseRequest('just the last 6 months of that', { today: '2026-01-10', history: ['bollinger 20/2 on solana'] }).ok).toBe(false);
  });
});

describe('must not change', () => {
  it('"actually only the last 6 months" is the six months up to today', () => {
    expect(specOf('actually only the last 6 months', run).date_range).toEqual({ start: '2025-07-10', end: '2026-01-10' });
  });
  it('"the first three months of this year" is this year\'s', () => {
    expect(specOf('The RSI on bitcoin for the first three months of this year?').date_range).toEqual({ start: '2026-01-01', end: '2026-01-10' });
  });
  it('"the last three months of 2022" is that year\'s', () => {
    expect(specOf('rsi on btc for the last three months of 2022').date_range).toEqual({ start: '2022-10-01', end: '2022-12-31' });
  });
});
