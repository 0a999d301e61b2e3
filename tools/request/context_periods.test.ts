import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

describe('a market phase named by its year', () => {
  it('is background inside the window the message asks for, and says so', () => {
    const outcome = parseRequest('would a 50/200 SMA cross on SPY have kept us out of the 2022 bear market? Can you run 2021 through 2023?', { today: TODAY });
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2021-01-01', end: '2023-12-31' });
    expect(outcome.ok && outcome.notes).toContain("read '2022 bear market' as background: it lies inside the window asked for");
  });

  it('is the window when it is the only period written', () => {
    const outcome = parseRequest('SMA on BTC during the 2021 bull run', { today: TODAY });
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('outside the window asked for, is a second period, refused as such', () => {
    const outcome = parseRequest('SMA on SPY for 2019, and the 2022 bear market', { today: TODAY });
    expect(outcome.ok ? outcome.spec : outcome.error.code).toBe('several_periods');
  });
});

describe('a market phase spelled out by the range written right after it', () => {
  it.each([
    ['gold through the 2008 mess: sept 2008 to march 2009, bollinger on GLD', { start: '2008-09-01', end: '2009-03-31' }, '2008 mess'],
    ['RSI on BTC in the 2022 bear market (May 2022 through Dec 2022)', { start: '2022-05-01', end: '2022-12-31' }, '2022 bear market'],
    ['SMA on SPY during the 2008 financial crisis, Sept 2008 to March 2009', { start: '2008-09-01', end: '2009-03-31' }, '2008 financial crisis'],
  ])('%s', (text, window, phase) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.date_range).toEqual(window);
    expect(outcome.ok && outcome.notes).toContain(`read '${phase}' as the range written after it`);
  });

  it('a range that misses the phase is still a second period', () => {
    expect(parseRequest('SMA on SPY through the 2008 mess: 2010 to 2012', { today: TODAY })).toMatchObject({ ok: false, error: { code: 'several_periods' } });
    expect(parseRequest('SMA on SPY in the 2008 mess, and 2010 to 2012', { today: TODAY })).toMatchObject({ ok: false, error: { code: 'several_periods' } });
  });
});
