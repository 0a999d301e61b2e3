import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('a strategy\'s acronym with a key struck twice is that strategy', () => {
  it.each([
    ['smaa 15/60 on xrp and ada 50 50 portfollio, 2022 thru 2024', 'sma_crossover', { short: 15, long: 60 }],
    ['emaa 9/21 on spy 2020', 'ema_crossover', { short: 9, long: 21 }],
    ['rsii 14 on spy 2020', 'rsi_mean_reversion', { period: 14 }],
    ['macdd 12/26/9 on qqq 2021', 'macd', { fast: 12, slow: 26, signal: 9 }],
  ])('"%s"', (text, name, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params }]);
  });
});

describe('must not change: doubled letters that make another indicator or word', () => {
  it.each(['smma 15/60 on spy 2020', 'emma 10/20 on spy 2020', 'rssi 14 on spy 2020'])('"%s" names no strategy', (text) => {
    const outcome = parseRequest(text, { today: '2026-01-10' });
    expect(outcome.ok ? outcome.spec.strategies.filter((strategy) => !strategy.baseline) : []).toEqual([]);
  });
});
