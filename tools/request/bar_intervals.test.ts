import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2026-01-10';

function outcomeOf(text: string) {
  return parseRequest(text, { today: TODAY });
}

describe('bars a month long are refused with bad_interval, never run on daily bars', () => {
  it.each([
    ['monthly bars for SPY, sma 10/20', 'monthly bars ("monthly bars")'],
    ['sma on SPY with 1-month candles', 'monthly bars ("1-month")'],
    ['rsi on QQQ, 1 month chart', 'monthly bars ("1 month")'],
    ['ema 9/21 on BTC, monthly timeframe', 'monthly bars ("monthly timeframe")'],
  ])('"%s"', (text, mention) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.code).toBe('bad_interval');
    expect(!outcome.ok && outcome.error.message).toContain(mention);
  });

  it('"1M candles" names both readings, since charting sites write a month that way and some tools a minute', () => {
    const outcome = outcomeOf('1M candles on BTC, ema 9/21, 2024');
    expect(!outcome.ok && outcome.error.code).toBe('bad_interval');
    expect(!outcome.ok && outcome.error.message).toContain('"1M" could mean one-minute or one-month bars: write 1m');
  });

  it('leaves "1m candles", "1M" money, monthly rebalancing and "3 months data" as they were', () => {
    const minute = outcomeOf('sma on SPY, 1m candles');
    expect(minute.ok && minute.spec.interval).toBe('1m');
    const money = outcomeOf('1M capital, sma on SPY');
    expect(money.ok && money.spec.initial_capital).toBe(1_000_000);
    expect(outcomeOf('sma on BTC and ETH, rebalance monthly').ok).toBe(true);
    const span = outcomeOf('sma on SPY, last 3 months data');
    expect(span.ok && span.spec.date_range).toEqual({ start: '2025-10-10', end: TODAY });
  });
});

describe('a bar word that names its size after it', () => {
  it.each([
    ['ema 9/21 on BTC 2024, with the graphic of one hour', '1h'],
    ['ema on btc, the time frame of 1 hour, 2024', '1h'],
  ])('"%s" → %s (before: daily bars, the words ignored)', (text, interval) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.interval).toBe(interval);
  });

  it('any size is read as written, for validation to check against the data (4h: interval_unavailable)', () => {
    const outcome = outcomeOf('rsi on ETH, candles of 4 hours, 2024');
    expect(outcome.ok && outcome.spec.interval).toBe('4h');
  });

  it('"data of 30 days" is no interval', () => {
    const outcome = outcomeOf('sma on btc in 2024 with data of 30 days');
    expect(outcome.ok && outcome.spec.interval).toBeUndefined();
  });
});

describe('changing the bar size in a follow-up keeps everything else', () => {
  it('"switch to daily bars" keeps the window, symbol and strategy (before: the first message lost its start, "June")', () => {
    const outcome = parseRequest('switch to daily bars', { today: '2025-11-20', history: ['donchian on btc hourly, June through August 2025'] });
    expect(outcome).toMatchObject({ ok: true, spec: { symbols: ['BTC'], interval: '1d', date_range: { start: '2025-06-01', end: '2025-08-31' } } });
    expect(outcome.ok && outcome.spec.strategies[0]?.name).toBe('donchian_breakout');
  });

  it('"make it hourly" keeps the fees and the window', () => {
    const outcome = parseRequest('make it hourly', { today: '2025-11-20', history: ['sma 20/50 on eth 2024, fees 5bps'] });
    expect(outcome).toMatchObject({ ok: true, spec: { interval: '1h', fees_bps: 5, date_range: { start: '2024-01-01', end: '2024-12-31' } } });
  });
});

describe('hours or minutes before a chart or a strategy are the bars, never a parameter', () => {
  it.each([
    ['MACD on 4-hour chart of ETH for 2024', '4h'],
    ['MACD on 4 hour chart of ETH for 2024', '4h'],
    ['MACD on 4h chart of ETH for 2024', '4h'],
    ['MACD on the 15-minute chart of ETH for 2024', '15m'],
    ['4 hour macd on eth for all of 2024', '4h'],
    ['MACD on weekly chart of ETH for 2024', '1w'],
  ])('"%s" asks for %s bars (before "4-hour": macd fast=4 on daily bars)', (text, interval) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec).toMatchObject({ interval, strategies: [{ name: 'macd' }, { name: 'buy_and_hold' }] });
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name: 'macd' });
  });

  it('"on the daily chart" is daily bars; "20 day sma" and "macd 12-26-9" stay windows', () => {
    const daily = outcomeOf('MACD on the daily chart of ETH for 2024');
    expect(daily.ok && daily.spec.strategies[0]).toEqual({ name: 'macd' });
    const window = outcomeOf('20 day sma on eth 2024');
    expect(window.ok && window.spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20 } });
    const macd = outcomeOf('macd 12-26-9 on ETH 2024');
    expect(macd.ok && macd.spec.strategies[0]).toEqual({ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } });
  });
});

describe('a size in time with a bar word is the bars, never a strategy\'s numbers', () => {
  it.each([
    // Before, the 3 became the SMA's short window and 10/30 were ignored.
    ['btc 3d candles sma 10/30 since 2024', '3d', [{ name: 'sma_crossover', params: { short: 10, long: 30 } }]],
    ['eth 2d bars rsi 14 2023', '2d', [{ name: 'rsi_mean_reversion', params: { period: 14 } }]],
    ['btc 12h chart macd 12/26/9 2024', '12h', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]],
    ['eth 2-day candles ema 9/21 2024', '2d', [{ name: 'ema_crossover', params: { short: 9, long: 21 } }]],
    ['4h candles ema 9/21 on eth 2024', '4h', [{ name: 'ema_crossover', params: { short: 9, long: 21 } }]],
  ])('"%s"', (text, interval, strategies) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.interval).toBe(interval);
    expect(outcome.ok && outcome.spec.strategies.filter((strategy) => !strategy.baseline)).toEqual(strategies);
  });

  it.each([
    // A window with its unit, no bar word, stays the strategy's.
    ['bolinger 20d 2.5std on spy 2021', { period: 20, std_dev: 2.5 }],
    ['20 day 50 day sma crossover on spy 2021', { short: 20, long: 50 }],
  ])('unchanged: "%s"', (text, params) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && (outcome.spec.interval ?? '1d')).toBe('1d');
    expect(outcome.ok && outcome.spec.strategies.find((strategy) => !strategy.baseline)?.params).toEqual(params);
  });
});
