import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

/**
 * Misreads a second reading of this stop's new rules found: each rule also matched words that mean
 * something else. Read on 2025-11-20, as the corpus is.
 */
const specAfter = specsAfterTurnsOn('2025-11-20');

describe('"per" names a period only as a label, never in a fee\'s rate', () => {
  it('"fees 1 per 1000" leaves the RSI period at 14', () => {
    expect(specAfter(['rsi 14 on eth 2021-2023, fees 1 per 1000']).strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 14 } });
  });

  it('"$5 per 1000" sets no period', () => {
    expect(specAfter(['sma 20/50 on spy since 2015, fees $5 per 1000']).notes ?? []).not.toContainEqual(expect.stringContaining('period'));
  });

  it('"| per 25 |" is still the period (must not change)', () => {
    expect(specAfter(['pair: eth | strat: bb | per 25 | sd 3 | window: 2022']).strategies[0]).toEqual({ name: 'bollinger_bands', params: { period: 25, std_dev: 3 } });
  });
});

describe('days glued to their count before what a rule measures are its window, not the dates', () => {
  it('"the last 50d average" keeps the written period', () => {
    expect(specAfter(['sma 20/50 on spy from 2018 to 2022, signal is close vs the last 50d average']).date_range).toEqual({ start: '2018-01-01', end: '2022-12-31' });
  });

  it('"last 90d" alone is still the trailing 90 days (must not change)', () => {
    expect(specAfter(['eth 1h rsi 7 15/85 last 90d']).date_range).toEqual({ start: '2025-08-22', end: '2025-11-20' });
  });
});

describe('a participle with its own "by" sorts by that, not by the metric before it', () => {
  it('"sharpe and drawdown sorted by year" ranks by the default', () => {
    expect(specAfter(['test sma 20/50 on spy 2020, give me sharpe and drawdown sorted by year']).rank_by).toBe('sharpe_ratio');
  });

  it('"win rate and drawdown ordered by date" ranks by the default', () => {
    expect(specAfter(['rsi 14 on btc 2020-2024, list win rate and drawdown ordered by date']).rank_by).toBe('sharpe_ratio');
  });

  it('"calmar-ranked" and "sortino ranked" still rank (must not change)', () => {
    expect(specAfter(['calmar-ranked sweep of rsi on doge since 2021']).rank_by).toBe('calmar_ratio');
    expect(specAfter(['sortino ranked sweep of sma on btc 2022']).rank_by).toBe('sortino_ratio');
  });
});

describe('a reason that asks for a holding itself adds it', () => {
  it('"because I also want to see it on eth" adds ETH', () => {
    expect(specAfter(['sma 20/50 on btc 2019-2023', 'make it 10/30, because I also want to see it on eth']).symbols).toEqual(['BTC', 'ETH']);
  });

  it('a holding named only to explain a change stays a note (must not change)', () => {
    const outcome = parseRequest('Please start it in 2005 instead, since I understand the gold fund only begins around then.', {
      today: '2025-11-20', history: ['Can you run a golden cross on the S&P 500 from 1995 to 2020?', 'What if I add gold to it, half and half?'],
    });
    expect(outcome.ok && outcome.spec.symbols).toEqual(['SPY', 'GLD']);
  });
});

describe('a glued window before a strategy\'s name is still the dates (must not change)', () => {
  it('"past 90d ema 9/21" runs the trailing 90 days with the EMA crossover', () => {
    const spec = specAfter(['eth 1h past 90d ema 9/21']);
    expect(spec.date_range).toEqual({ start: '2025-08-22', end: '2025-11-20' });
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 9, long: 21 } });
  });
});
