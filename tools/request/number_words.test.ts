import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

function capitalOf(text: string): number | string {
  const outcome = parseRequest(`SMA on BTC for 2022 ${text}`, { today: '2026-11-24' });
  return outcome.ok ? outcome.spec.initial_capital : outcome.error.code;
}

describe('amounts written in words', () => {
  it.each([
    ['assuming one million dollars of initial capital', 1_000_000],
    ['with half a million dollars', 500_000],
    ['initial capital of half a million', 500_000],
    ['starting with fifty thousand', 50_000],
    ['with twenty-five thousand usd', 25_000],
    ['with a hundred grand', 100_000],
    ['with two hundred thousand dollars', 200_000],
  ])('"%s" is a capital of %d', (text, amount) => {
    expect(capitalOf(text)).toBe(amount);
  });

  it.each(['one of the best', 'with one strategy', 'a thousand times', 'with half a million'])('"%s" is no capital (number words need a scale, and money a currency or a cue)', (text) => {
    expect(capitalOf(text)).toBe(10_000);
  });
});
