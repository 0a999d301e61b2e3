import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

describe('two full dates joined by a colon, an arrow or a dash', () => {
  it.each([
    ['SPY | macd(8,21,5) | 2010-01-01:2019-12-31 | slip 2bps | long-only', '2010-01-01', '2019-12-31'],
    ['rsi on btc, 2021-03-01:2022-06-30', '2021-03-01', '2022-06-30'],
    ['btc sma 2020-01-01 : 2021-01-01', '2020-01-01', '2021-01-01'],
    ['SPY macd 2010-01-01..2019-12-31', '2010-01-01', '2019-12-31'],
    ['SPY macd 2010-01-01 → 2019-12-31', '2010-01-01', '2019-12-31'],
    ['SPY macd 2010-01-01—2019-12-31', '2010-01-01', '2019-12-31'],
  ])('%s', (text, start, end) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start, end });
  });

  it('leaves two years around a colon as two periods', () => {
    const outcome = parseRequest('SPY macd 2018:2020', { today: TODAY });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('several_periods');
  });

  it('keeps a label colon before a range', () => {
    const outcome = parseRequest('Window: 2015-01-01 to 2016-01-01, spy rsi', { today: TODAY });
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2015-01-01', end: '2016-01-01' });
  });
});
