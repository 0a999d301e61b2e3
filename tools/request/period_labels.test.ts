import { describe, expect, it } from 'vitest';
import { PHRASE_TEST_TODAY as TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';
import { parseRequest } from './parse_request.js';

describe('a named setting, its number, then a half or a quarter', () => {
  it.each([
    ['ada rsi period 2 lower 10 upper 90 H2 2022 😬😬', 'rsi_mean_reversion', { period: 2, lower: 10, upper: 90 }, '2022-07-01', '2022-12-31'],
    ['btc momentum lookback 60 H1 2024', 'momentum', { lookback: 60 }, '2024-01-01', '2024-06-30'],
    ['eth rsi lower 20 h2 2023', 'rsi_mean_reversion', { lower: 20 }, '2023-07-01', '2023-12-31'],
    ['rsi on sol with overbought 80 H1 2023', 'rsi_mean_reversion', { upper: 80 }, '2023-01-01', '2023-06-30'],
    ['ada rsi upper 80 Q3 2021', 'rsi_mean_reversion', { upper: 80 }, '2021-07-01', '2021-09-30'],
    ['eth donchian exit 10 2023', 'donchian_breakout', { exit_period: 10 }, '2023-01-01', '2023-12-31'],
  ])('"%s" → %s %j, %s..%s (before: the setting before "H" was ignored)', (text, name, params, start, end) => {
    const spec = specOf(text);
    expect(userStrategiesOf(text)).toEqual([expect.objectContaining({ name, params: expect.objectContaining(params) })]);
    expect([spec.date_range?.start, spec.date_range?.end]).toEqual([start, end]);
  });

  it('a list of values for one setting before a half-year is each run', () => {
    const periods = userStrategiesOf('eth rsi period 7, 14 or 21 H1 2023').map((strategy) => strategy.params?.['period']);
    expect(periods).toEqual([7, 14, 21]);
  });

  it('"lookback 60 h" is sixty hours, no lookback: it is still said to be ignored, never dropped silently', () => {
    const outcome = parseRequest('btc momentum lookback 60 h in 2024', { today: TODAY });
    expect(outcome.ok && outcome.notes.some((note) => note.includes("'lookback', '60'"))).toBe(true);
  });
});
