import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

// specOf reads on 2026-01-10: last year is 2025, last quarter 2025 Q4, last month December 2025.
describe('the calendar period before the previous one', () => {
  it.each([
    ['Ten day rsi on ethereum, buying under twenty-five and selling over seventy-five, for the year before last.', { start: '2024-01-01', end: '2024-12-31' }],
    ['rsi on eth for the year before last', { start: '2024-01-01', end: '2024-12-31' }],
    ['macd on btc over the yr before last', { start: '2024-01-01', end: '2024-12-31' }],
    ['macd on btc, the quarter before last', { start: '2025-07-01', end: '2025-09-30' }],
    ['rsi on btc the month before last', { start: '2025-11-01', end: '2025-11-30' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it.each([
    ['rsi on eth last year', { start: '2025-01-01', end: '2025-12-31' }],
    ['rsi on eth for the last quarter', { start: '2025-10-01', end: '2025-12-31' }],
    ['rsi on eth over the past year', { start: '2025-01-10', end: '2026-01-10' }],
  ])('"%s" keeps its reading', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });
});

// specOf reads on 2026-01-10: the latest summer that has ended is 2025's, so the one before it is 2024's.
describe('the season before last', () => {
  it.each([
    ['we went to portugal the summer before last (june to august). how would bollinger bands have done on eth then?', { start: '2024-06-01', end: '2024-08-31' }],
    ['rsi on eth the spring before last', { start: '2024-03-01', end: '2024-05-31' }],
    ['macd on btc over the autumn before last', { start: '2024-09-01', end: '2024-11-30' }],
    ['rsi on eth the summer before last (july to august)', { start: '2024-07-01', end: '2024-08-31' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it('"summer of 2024" keeps its reading', () => {
    expect(specOf('rsi on eth summer of 2024').date_range).toEqual({ start: '2024-06-01', end: '2024-08-31' });
  });
});
