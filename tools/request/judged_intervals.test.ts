import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function outcomeAfter(messages: readonly string[]) {
  return parseRequest(messages.at(-1)!, { today: TODAY, history: messages.slice(0, -1) });
}

describe('bars judged as the complaint, then other bars: the later bars are the new interval', () => {
  const macdOnSix = ['macd on ethereum last year', 'use 6h bars'];

  it.each([
    ['hmm 6h is too noisy, make it 12h', '12h'],
    ['6h is too noisy make it 12h', '12h'],
    ['4h is way too noisy, try 12h', '12h'],
    ['hourly is too noisy, make it 12h', '12h'],
    ['daily is too slow, try 4h', '4h'],
    ['6h is not granular enough, go 1h', '1h'],
  ])('"%s": %s (before: not understood)', (text, interval) => {
    const outcome = outcomeAfter([...macdOnSix, text]);
    expect(outcome.ok && outcome.spec.interval).toBe(interval);
  });

  it('with no other bars named the complaint asks for nothing: not understood, never a silent change', () => {
    expect(outcomeAfter([...macdOnSix, '6h is too noisy']).ok).toBe(false);
  });

  it('must not change: "switch to 12h" and "use 4h bars" name the bars', () => {
    const switched = outcomeAfter([...macdOnSix, 'switch to 12h']);
    expect(switched.ok && switched.spec.interval).toBe('12h');
    const fresh = outcomeAfter(['macd on eth 2024, use 4h bars']);
    expect(fresh.ok && fresh.spec.interval).toBe('4h');
  });
});
