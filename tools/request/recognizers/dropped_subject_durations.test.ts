import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

/** "been driving since 1998", its "I've" left out: how long the writer has done something, not a window (before: several_periods). */
describe('a subjectless "been <doing something> since YEAR" is a life length', () => {
  it('the dictated trucker asks for XRP from March 2023 to June 2025 (before: several_periods, 1998 read as a window)', () => {
    const spec = specOf('ok dictating this at a rest stop outside Amarillo comma been driving since 1998 period my dispatcher keeps bragging about his XRP period can you run sma crossover ten and thirty on XRP from march 2023 to june 2025 period thanks');
    expect(spec.symbols).toEqual(['XRP']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([expect.objectContaining({ name: 'sma_crossover', params: { short: 10, long: 30 } })]);
    expect(spec.date_range).toEqual({ start: '2023-03-01', end: '2025-06-30' });
  });

  it.each([
    ['quick one, been teaching since 2004. run rsi on spy from 2019 to 2021', { start: '2019-01-01', end: '2021-12-31' }],
    ['been farming since 1985 - can you test macd on gold 2020 to 2022', { start: '2020-01-01', end: '2022-12-31' }],
    ['Retired now. Been married since 1979. Try ema 12/26 on QQQ for 2023', { start: '2023-01-01', end: '2023-12-31' }],
    ['night shift again, been nursing since 2001; macd on eth for 2022 please', { start: '2022-01-01', end: '2022-12-31' }],
    ['hello comma been a welder since 1995 comma show me sma 20/50 on spy in 2021', { start: '2021-01-01', end: '2021-12-31' }],
  ])('"%s" runs over %j', (text, window) => {
    expect(specOf(text).date_range).toEqual(window);
  });

  it.each([
    // Must not change: "been" after something that asks, or after a strategy, is no life.
    'been testing since 2020, run rsi on spy 2022',
  ])('"%s" still names two periods', (text) => {
    const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('several_periods');
  });

  it('"how has rsi been doing since 2020 on btc" still runs since 2020', () => {
    expect(specOf('how has rsi been doing since 2020 on btc').date_range).toEqual({ start: '2020-01-01', end: PHRASE_TEST_TODAY });
  });
});
