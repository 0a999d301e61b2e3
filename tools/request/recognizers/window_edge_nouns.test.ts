import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

describe('a window\'s edge named as a noun starts (or ends) the window, never a second period', () => {
  it.each([
    ['sma 20/50 on btc with a 2020 start', { start: '2020-01-01', end: PHRASE_TEST_TODAY }],
    ['sma 20/50 on btc with a 2019 start date', { start: '2019-01-01', end: PHRASE_TEST_TODAY }],
    ['sma 20/50 on btc, starting point 2021', { start: '2021-01-01', end: PHRASE_TEST_TODAY }],
    ['sma 20/50 on btc with a March 2021 start', { start: '2021-03-01', end: PHRASE_TEST_TODAY }],
    ['sma 20/50 on btc with a mid-2020 start and a 2022 end', { start: '2020-07-01', end: '2022-12-31' }],
    ['rsi on eth from 2018 with a 2021 end date', { start: '2018-01-01', end: '2021-12-31' }],
    ['macd on btc, start point: 2022', { start: '2022-01-01', end: PHRASE_TEST_TODAY }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it.each([
    ['sma on btc 2021 with a $5,000 start', { start: '2021-01-01', end: '2021-12-31' }, 5000],
    ['sma on btc for 2022', { start: '2022-01-01', end: '2022-12-31' }, 10000],
  ])('"%s" keeps its year and its money', (text, range, capital) => {
    const spec = specOf(text);
    expect(spec.date_range).toEqual(range);
    expect(spec.initial_capital).toBe(capital);
  });
});

describe('"cut it off at the end of 2019": a verb that moves one edge of the window the conversation has', () => {
  it.each([
    ['same thing but cut it off at the end of 2019', 'golden cross on spy since 2000', { start: '2000-01-01', end: '2019-12-31' }],
    ['stop it at 2018', 'golden cross on spy since 2000', { start: '2000-01-01', end: '2018-12-31' }],
    ['have it end in march 2021', 'sma 20/50 on btc since 2018', { start: '2018-01-01', end: '2021-03-31' }],
    ['end it after 2015', 'golden cross on spy 2000-2020', { start: '2000-01-01', end: '2015-12-31' }],
    ['start it in 2010', 'golden cross on spy 2000-2020', { start: '2010-01-01', end: '2020-12-31' }],
  ])('"%s" after "%s"', (text, first, range) => {
    expect(specOf(text, [first]).date_range).toEqual(range);
  });

  it('must not change: "stop at 5%" is still a stop-loss, not an end date', () => {
    const outcome = parseRequest('set a stop at 5% loss', { today: PHRASE_TEST_TODAY, history: ['golden cross on spy 2000-2020'] });
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('unsupported_rule');
  });
  it('must not change: "cut the lookback in half" moves no edge', () => {
    expect(specOf('cut the lookback in half', ['momentum on spy 2000-2020']).date_range).toEqual({ start: '2000-01-01', end: '2020-12-31' });
  });
});
