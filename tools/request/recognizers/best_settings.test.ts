import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function readingOf(text: string): { optimised: boolean; notes: readonly string[] } | string {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? { optimised: outcome.spec.optimization_required, notes: outcome.notes } : outcome.error.code;
}

describe('"find <strategy> settings" asks for a search, with no quality word needed', () => {
  it.each([
    'find SMA settings that double my money on btc since 2020',
    'find sma settings for btc since 2020',
    'find me ema crossover windows for eth in 2023',
    'identify the rsi thresholds for sol over 2022',
    'Find the Bollinger settings on ETH for 2024',
  ])('"%s" optimises, with "find" and the noun read', (text) => {
    const reading = readingOf(text);
    expect(reading).toMatchObject({ optimised: true });
    expect(typeof reading === 'object' && reading.notes.join(' ')).not.toMatch(/ignored: .*'(find|settings|windows|thresholds)'/);
  });

  it.each([
    'I find sma settings confusing, just run sma 20/50 on btc for 2022',
    'run sma 20/50 on btc for 2022 and find out how it did',
    'people find macd settings hard; test macd on eth 2023',
    'sma on btc 2024, find the short combo',
  ])('must not change: "%s" is no search', (text) => {
    expect(readingOf(text)).toMatchObject({ optimised: false });
  });
});
