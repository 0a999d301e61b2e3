import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function outputsOf(text: string, history: string[] = []): unknown {
  const outcome = parseRequest(text, { today: TODAY, history });
  return outcome.ok ? outcome.spec.outputs ?? [] : outcome.error.code;
}

describe('a chart asked for with "just" or "only" is a png', () => {
  it.each([
    // Before, each asked for nothing.
    'just a chart, eth momentum 60 day lookback, last 12 months',
    'only a chart please, btc sma 2023',
    'just the equity curve, spy macd 2020',
    'rsi on spy 2020, just a chart',
    'simply a graph. btc sma 2023',
  ])('%s', (text) => {
    expect(outputsOf(text)).toEqual(['png']);
  });

  it('in a follow-up: "just give me a chart"', () => {
    expect(outputsOf('just give me a chart', ['rsi on spy 2020'])).toEqual(['png']);
  });

  it.each([
    'just hold spy 2020',
    'just buy and hold spy 2020',
    'just the numbers, spy rsi 2020',
    'not just a chart, rsi on spy 2020',
    // A story about the chart.
    'just the chart of btc looked bad, rsi spy 2020',
  ])('no chart: %s', (text) => {
    expect(outputsOf(text)).toEqual([]);
  });
});
