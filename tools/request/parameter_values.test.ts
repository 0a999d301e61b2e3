import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2026-01-10';

function strategiesOf(text: string): unknown {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? outcome.spec.strategies.filter((strategy) => !strategy.baseline) : outcome.error.code;
}

function notesOf(text: string): readonly string[] {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? outcome.notes : [outcome.error.code];
}

const momentum = (lookback: number) => ({ name: 'momentum', params: { lookback } });
const rsi = (params: Record<string, number>) => ({ name: 'rsi_mean_reversion', params });

describe('values to compare for one parameter run the strategy once per value', () => {
  it.each([
    // Before, 20 was the lookback and 60 and 120 were ignored.
    ['try lookbacks of 20, 60 and 120 days for momentum on QQQ', [momentum(20), momentum(60), momentum(120)]],
    ['momentum on QQQ with a lookback of 20, 60 or 120', [momentum(20), momentum(60), momentum(120)]],
    ['rsi period 7, 14 or 21 on ETH', [rsi({ period: 7 }), rsi({ period: 14 }), rsi({ period: 21 })]],
    ['rsi on ETH, oversold levels of 20, 25 and 30', [rsi({ lower: 20 }), rsi({ lower: 25 }), rsi({ lower: 30 })]],
    // "vs" compares in any order; before, the value after it was ignored.
    ['rsi period 14 vs 21 on ETH', [rsi({ period: 14 }), rsi({ period: 21 })]],
    ['momentum on QQQ, lookback 90 vs 30', [momentum(90), momentum(30)]],
  ])('%s', (text, expected) => {
    expect(strategiesOf(text)).toEqual(expected);
  });

  it.each([
    // Before, 30 was the lookback, then "90 day lookback" silently replaced it: one momentum, 90.
    ['momentum with a 30 vs 90 day lookback on BTC', [momentum(30), momentum(90)]],
    ['momentum 30 vs 90-day lookback on BTC', [momentum(30), momentum(90)]],
    ['momentum with 20, 60 or 120 day lookbacks on QQQ', [momentum(20), momentum(60), momentum(120)]],
    ['rsi with 7 or 14 period lookback on ETH', [rsi({ period: 7 }), rsi({ period: 14 })]],
  ])('values written before the parameter\'s name: %s', (text, expected) => {
    expect(strategiesOf(text)).toEqual(expected);
    expect(notesOf(text)).toEqual([]);
  });

  it('keeps the strategy\'s other settings in every run', () => {
    expect(strategiesOf('donchian on BTC, entry 20 or 55, exit 10')).toEqual([
      { name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }, { name: 'donchian_breakout', params: { period: 55, exit_period: 10 } },
    ]);
  });

  it.each([
    // A strategy's own numbers, not a list to compare: not rising, or two joined by "and".
    ['macd periods 12, 26 and 9 on BTC', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]],
    ['sma windows 10 and 50 on BTC', [{ name: 'sma_crossover', params: { short: 10, long: 50 } }]],
    ['rsi 14 with bands 30 and 70 on BTC', [rsi({ period: 14, lower: 30, upper: 70 })]],
  ])('leaves a strategy\'s own numbers as they were: %s', (text, expected) => {
    expect(strategiesOf(text)).toEqual(expected);
  });
});
