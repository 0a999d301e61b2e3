import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function windowOf(text: string): unknown {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? outcome.spec.date_range : outcome.error.code;
}

describe('a length of time handed to the run is the trailing window ending today', () => {
  it.each([
    ['3k starting, 30 day momentum on ETH, give it 3 years', '2022-11-20'],
    ['rsi on btc, run it over 18 months', '2024-05-20'],
    ['macd on spy, test it across 5 years of data', '2020-11-20'],
    ['sma 20/50 on eth, over 2 years', '2023-11-20'],
    ['ema on sol, give it two years of history', '2023-11-20'],
    ['give the strategy a year on qqq, rsi', '2024-11-20'],
    ['backtest this over 6 months: bollinger on gld', '2025-05-20'],
    // Right after the instrument a strategy runs on (before: no window, '3' ignored).
    ['sma on btc over 3 years', '2022-11-20'],
    ['momentum 90 on eth over 2 years please', '2023-11-20'],
  ])('%s', (text, start) => {
    expect(windowOf(text)).toEqual({ start, end: TODAY });
  });

  it.each([
    ["I've traded for 3 years, rsi on btc since 2020", { start: '2020-01-01', end: TODAY }],
    ['rsi on btc, hold each trade for 3 months, 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['run it on btc with rsi for 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ["I've traded btc over 3 years, sma on eth 2022", { start: '2022-01-01', end: '2022-12-31' }],
    // A span back from the end it names.
    ['sma on spy over the fifteen years ending December 2024', { start: '2010-01-01', end: '2024-12-31' }],
  ])('%s keeps its window', (text, window) => {
    expect(windowOf(text)).toEqual(window);
  });

  it('reads "a 3 year lookback" as the lookback, not the window', () => {
    const outcome = parseRequest('momentum on spy with a 3 year lookback', { today: TODAY });
    expect(outcome.ok && outcome.spec.date_range).toBeUndefined();
  });
});
