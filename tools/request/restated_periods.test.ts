import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

function outcomeOf(text: string) {
  return parseRequest(text, { today: '2026-01-10' });
}

describe('one range restating the periods before it is the window', () => {
  it.each([
    ['in the second quarter and the third quarter of 2022, so all together from april to september 2022', { start: '2022-04-01', end: '2022-09-30' }],
    ['in Q2 and Q3 2022, i.e. April to September 2022', { start: '2022-04-01', end: '2022-09-30' }],
    ['in 2021 and 2023, that is 2021 to 2023', { start: '2021-01-01', end: '2023-12-31' }],
    ['for H1 2020 and H2 2020, in total from January to December 2020', { start: '2020-01-01', end: '2020-12-31' }],
  ])('"%s"', (phrase, range) => {
    const outcome = outcomeOf(`rsi on BTC ${phrase}`);
    expect(outcome.ok && outcome.spec.date_range).toEqual(range);
  });

  it('a restated range that leaves a period outside settles nothing: refused as several periods', () => {
    const outcome = outcomeOf('rsi on BTC in Q2 and Q4 2022, so all together from april to september 2022');
    expect(outcome.ok ? outcome.spec : outcome.error.code).toBe('several_periods');
  });

  it('periods with no restatement are still refused as several', () => {
    const outcome = outcomeOf('rsi on BTC in H1 2021 and H1 2023');
    expect(outcome.ok ? outcome.spec : outcome.error.code).toBe('several_periods');
  });

  it('an open "so from 2019" restates nothing: it moves the start, as "from" does', () => {
    const outcome = outcomeOf('rsi on BTC for 2022, so from 2019');
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2019-01-01', end: '2022-12-31' });
  });
});
