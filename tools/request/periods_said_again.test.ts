import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

const TODAY = '2025-11-20';
const specAfter = specsAfterTurnsOn(TODAY);

describe('a period said again at once as the trailing span of the same length is one period', () => {
  it.each([
    ["So for the segment today I want to test — is it ten-twenty? no — twenty-fifty, the SMA cross, on Solana, over the, let's say the last year. Last twelve months. Yeah. And we need it as an SVG for the show notes.",
      { start: '2024-11-20', end: '2025-11-20' }, 'last year'],
    ['SMA on SPY over last month, the past 30 days', { start: '2025-10-21', end: '2025-11-20' }, 'last month'],
    ['SMA on SPY for the last quarter. The past three months.', { start: '2025-08-20', end: '2025-11-20' }, 'last quarter'],
    ['SMA on SPY for last year... well, the trailing twelve months', { start: '2024-11-20', end: '2025-11-20' }, 'last year'],
  ])('"%s"', (text, window, written) => {
    expect(specAfter([text]).date_range).toEqual(window);
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.notes).toContain(`read '${written}' as the period said again right after it: ${window.start} to ${window.end}`);
  });
});

describe('must not change: periods that are not the same stretch stay two', () => {
  it.each([
    'SMA on SPY 2023. Last twelve months.',
    'SMA on SPY 2019 and also 2022',
    'SMA on SPY for last year and the last 12 months',
    'SMA on SPY for 2024, last 6 months',
    'Run rsi on BTC for 2024. Last 12 months as well.',
    'Compare two windows for sma on SPY: Q3 2025, the last 3 months.',
    'sma on ETH for 2024 - the last 12 months',
    'SMA on SPY for last year. Last 12 months too.',
  ])('"%s" is refused as several periods', (text) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok ? outcome.spec : outcome.error.code).toBe('several_periods');
  });

  it('"I mean" still reads as a correction', () => {
    expect(specAfter(['SMA on SPY for last year, I mean the last 12 months']).date_range).toEqual({ start: '2024-11-20', end: '2025-11-20' });
  });
});
