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
