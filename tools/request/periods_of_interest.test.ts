import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function windowOf(text: string) {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? outcome.spec.date_range : outcome.error.code;
}

function notesOf(text: string): string {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? outcome.notes.join('\n') : '';
}

describe('a period singled out inside the window asked for is a point of interest, not a second window', () => {
  it.each([
    ['My dad keeps his retirement money in a 70/30 mix of the S&P and gold and never touches it. Could you show me how a plain buy and hold of that 70/30 SPY/GLD mix did from 2008 through 2018? Mostly curious how bad 2008 looked.', { start: '2008-01-01', end: '2018-12-31' }, '2008'],
    ['run sma on spy from 2015 to 2023, especially 2020', { start: '2015-01-01', end: '2023-12-31' }, '2020'],
    ['hold btc 2019-2023, particularly March 2020', { start: '2019-01-01', end: '2023-12-31' }, 'March 2020'],
    ['macd on spy 2005-2015, mostly curious how bad 2008 looked', { start: '2005-01-01', end: '2015-12-31' }, '2008'],
    ['rsi on eth 2019 to 2023 and 2021 in particular', { start: '2019-01-01', end: '2023-12-31' }, '2021'],
  ])('%s', (text, window, written) => {
    expect(windowOf(text)).toEqual(window);
    expect(notesOf(text)).toContain(`read '${written}' as a period of interest inside the window, not a second window`);
  });

  it('keeps the buy-and-hold weights of the asked window', () => {
    const outcome = parseRequest('Could you show me how a plain buy and hold of that 70/30 SPY/GLD mix did from 2008 through 2018? Mostly curious how bad 2008 looked.', { today: TODAY });
    expect(outcome.ok && outcome.spec.portfolio?.weights).toEqual({ SPY: 0.7, GLD: 0.3 });
  });

  it('a period of interest alone is the window', () => {
    expect(windowOf('macd on qqq, especially 2020')).toEqual({ start: '2020-01-01', end: '2020-12-31' });
  });

  it.each([
    'sma on btc 2022 vs 2023',
    'sma on spy 2020-2023 without 2021',
    'sma on spy first 2021 then 2022',
    // Outside the window, a singled-out period is a second window still.
    'sma on spy 2010-2015, especially 2020',
  ])('must not change: "%s" names several periods', (text) => {
    expect(windowOf(text)).toBe('several_periods');
  });
});
