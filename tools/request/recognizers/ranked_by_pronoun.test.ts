import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

const HISTORY = ['compare sma, ema and macd on btc 2018-2023', 'rank them by sortino'];

describe('the metric named first, then a ranking pointing back at it', () => {
  it.each([
    ['actually calmar is what i care about, rank by that', 'calmar_ratio'],
    ['sortino matters more to me, sort by it', 'sortino_ratio'],
    ['i care most about calmar, so rank by that', 'calmar_ratio'],
    ['Calmar matters most. Rank by that.', 'calmar_ratio'],
    ['total return is what i want, use that for ranking', 'total_return'],
    ['profit factor matters most, go with that for ranking', 'profit_factor'],
    ['the win rate is the main thing for me, sort them by it', 'win_rate'],
    ['cagr is the one that counts - make that the ranking metric', 'cagr'],
    ['rank by max drawdown instead', 'max_drawdown'],
  ])('%s', (text, metric) => {
    const spec = specOf(text, HISTORY);
    expect([spec.rank_by, spec.symbols, spec.strategies.map((strategy) => strategy.name), spec.date_range])
      .toEqual([metric, ['BTC'], ['sma_crossover', 'ema_crossover', 'macd', 'buy_and_hold'], { start: '2018-01-01', end: '2023-12-31' }]);
  });
});

describe('must not change: a pointer with something else between, or nothing to point at', () => {
  it.each([
    'calmar is not what i care about, rank by that',
    'sortino on eth, rank by it',
    'rank by that',
  ])('%s is refused as not understood, never guessed', (text) => {
    const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history: HISTORY });
    expect(outcome.ok ? outcome.spec.rank_by : outcome.error.code).toBe('not_understood');
  });

  it('"sharpe above 1.5, rank by that" keeps the target and the ranking it had', () => {
    const spec = specOf('sharpe above 1.5, rank by that', HISTORY);
    expect([spec.rank_by, spec.targets]).toEqual(['sortino_ratio', { sharpe_ratio: { operator: '>', value: 1.5 } }]);
  });
});
