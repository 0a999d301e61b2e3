import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2026-01-10';
const HISTORY = ['ema crossover on SOL 2024, daily'];

/** The bars a follow-up asks for, whether the data has them (a spec) or not (interval_unavailable). */
function intervalAsked(text: string): string | undefined {
  const outcome = parseRequest(text, { today: TODAY, history: HISTORY });
  if (outcome.ok) return outcome.spec.interval;
  const error: { code: string; interval?: unknown } = outcome.error;
  return error.code === 'interval_unavailable' && typeof error.interval === 'string' ? error.interval : undefined;
}

describe('a follow-up that names other bars changes them, never runs the old bars with the size ignored', () => {
  it.each([
    ['can we do it on 4h instead', '4h'],
    ['on the 4h instead', '4h'],
    ['4 hour instead', '4h'],
    ['use 1h', '1h'],
    ['on 12h candles', '12h'],
    ['try 4h then', '4h'],
    ['switch to 15m please', '15m'],
    ['what about 1h now', '1h'],
    ['on 1 hour then', '1h'],
    ['15 minute please', '15m'],
    ['can we run it on 4-hour instead', '4h'],
    ['can we do it on 4 hours instead', '4h'],
    ['4 hours then', '4h'],
    ['try it on 15 minutes', '15m'],
    ['on the 2 hours instead', '2h'],
  ])('"%s" asks for %s bars', (text, interval) => {
    expect(intervalAsked(text)).toBe(interval);
  });

  it.each([
    'I work 12-hour shifts, so test momentum on BTC for 2023',
    'I took a 20-minute nap and then decided to try MACD on ETH for 2022',
  ])('"%s" still runs on daily bars', (text) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.interval).toBeUndefined();
  });

  it('"1 hour" alone stays unread (it may be a span of time)', () => {
    expect(parseRequest('1 hour', { today: TODAY, history: HISTORY }).ok).toBe(false);
  });
});
