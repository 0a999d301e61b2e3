import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

function outcomeOf(text: string) {
  return parseRequest(text, { today: '2025-11-20' });
}

describe('periods that meet are two windows when the message compares them', () => {
  it.each([
    'Compare MACD on BTC in 2021 and in 2022, which year is better?',
    'compare macd on btc in 2021 and in 2022',
    'macd on btc 2021 and 2022, which year was better?',
    'rsi on eth for 2021 and 2022. Which of the two years did better?',
    'compare sma on spy for H1 2021 and for H2 2021',
  ])('"%s" is refused as several periods (before: one run over both)', (text) => {
    expect(outcomeOf(text)).toMatchObject({ ok: false, error: { code: 'several_periods' } });
  });

  it.each([
    ['SMA on BTC 2022 and 2023', { start: '2022-01-01', end: '2023-12-31' }],
    ['macd on btc in 2021 and in 2022', { start: '2021-01-01', end: '2022-12-31' }],
    // The strategies are compared, over the one range.
    ['compare sma and ema on btc in 2021 and 2022', { start: '2021-01-01', end: '2022-12-31' }],
    ['sma vs ema on btc 2021 and 2022, which one is better?', { start: '2021-01-01', end: '2022-12-31' }],
    ['compare macd on btc from 2021 and through 2022', { start: '2021-01-01', end: '2022-12-31' }],
  ])('"%s" stays one range', (text, range) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { date_range: range } });
  });
});
