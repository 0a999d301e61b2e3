import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function read(text: string, history: string[] = []): string {
  const outcome = parseRequest(text, { today: TODAY, history });
  return outcome.ok ? JSON.stringify(outcome.spec.strategies.find((strategy) => strategy.name === 'momentum')?.params ?? null) : `${outcome.error.code}: ${outcome.error.message}`;
}

describe('a lookback written as a span of time', () => {
  it.each([
    ['momentum with a 1 year lookback on gold since 2006', '{"lookback":252}'], // 12 × 21 trading days
    ['momentum on BTC since 2019 with a lookback of 3 months', '{"lookback":91}'], // 3 × 365 / 12 = 91.25 days
    ['momentum 6 month lookback on spy and qqq', '{"lookback":126}'],
    ['momentum on eth with a 2 week lookback', '{"lookback":14}'],
  ])('"%s" is that many daily bars of the market its symbols trade in: %s', (text, params) => {
    expect(read(text)).toBe(params);
  });

  it('keeps the converted lookback through a follow-up', () => {
    expect(read('now try it on eth', ['momentum with a 1 year lookback on btc for 2022'])).toBe('{"lookback":365}');
  });

  it('refuses, with both readings, a span over symbols of both markets or a ticker it does not know', () => {
    const both = 'bad_parameters: "12 month lookback": a lookback counts bars, and that span is 252 daily bars of a stock or ETF (trading days) but 365 of a coin (every day); say which, e.g. "lookback 252" or "lookback 365"';
    expect(read('momentum 12 month lookback on spy and btc')).toBe(both);
    expect(read('momentum 12 month lookback on PEPE')).toBe(both);
  });

  it('refuses a lookback for strategies that have none', () => {
    expect(read('sma crossover with a 2 week lookback on btc')).toBe('bad_parameters: "2 week lookback": none of the strategies asked for (sma_crossover) has a lookback; momentum has one, in bars');
  });
});

describe('a fortnight is two weeks', () => {
  it('as a lookback: 14 bars of a coin, 10 of a stock (before: ignored, the default 90 ran)', () => {
    expect(read('SOL momentum with a fortnight lookback over the past year')).toBe('{"lookback":14}');
    expect(read('SPY momentum with a fortnight lookback in 2020')).toBe('{"lookback":10}');
  });

  it('as a window: "the past fortnight" is the last 14 days', () => {
    const outcome = parseRequest('momentum on btc over the past fortnight', { today: TODAY });
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2025-11-06', end: TODAY });
  });
});

/**
 * "golden cross on QQQ 3y lookback": a strategy without a lookback has nothing for the span to set,
 * so a span of months or years there is how far back to test, as "the past 3 years" is.
 */
describe('a lookback in months or years beside no strategy with a lookback is the test window', () => {
  function windowOf(text: string, history: string[] = []): unknown {
    const outcome = parseRequest(text, { today: TODAY, history });
    return outcome.ok ? outcome.spec.date_range : `${outcome.error.code}: ${outcome.error.message}`;
  }

  it.each([
    ['golden cross on $QQQ 3y lookback, want the html report + png', { start: '2022-11-20', end: TODAY }],
    ['ema 9/21 on eth with a 6 month lookback', { start: '2025-05-20', end: TODAY }],
    ['rsi 14 on qqq with a lookback of 2 years', { start: '2023-11-20', end: TODAY }],
    // Twelve months are the trailing 365 days, as "the past year" is.
    ['macd on btc, 1y lookback', { start: '2024-11-20', end: TODAY }],
  ])('"%s"', (text, window) => {
    expect(windowOf(text)).toEqual(window);
  });

  it('says so in a note, and keeps the strategy\'s own settings', () => {
    const outcome = parseRequest('golden cross on $QQQ 3y lookback', { today: TODAY });
    expect(outcome.ok && outcome.notes).toContain('read "3y lookback" as the test window 2022-11-20 to 2025-11-20: no strategy asked for has a lookback');
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 50, long: 200 } });
  });

  it('as a follow-up, moves the window of the request before', () => {
    expect(windowOf('make it a 2y lookback', ['golden cross on qqq 2020'])).toEqual({ start: '2023-11-20', end: TODAY });
  });

  describe('must not change', () => {
    it('with momentum asked for, the span stays momentum\'s lookback and the dates stay unset', () => {
      expect(read('momentum on spy 12 month lookback')).toBe('{"lookback":252}');
      expect(read('momentum and sma crossover on btc with a 6 month lookback')).toBe('{"lookback":183}');
      expect(windowOf('momentum and sma crossover on btc with a 6 month lookback')).toBeUndefined();
    });

    it('with dates of its own, the span has nothing to be and is refused', () => {
      expect(windowOf('golden cross on spy with a 3 year lookback since 2015')).toBe(
        'bad_parameters: "3 year lookback": none of the strategies asked for (sma_crossover) has a lookback; momentum has one, in bars');
    });
  });
});
