import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { strategiesOf } from '../test_support/strategies_of.js';

/**
 * More numbers in one group right after a strategy's name than it takes are refused as
 * bad_parameters, saying what it takes (before: run at the defaults, at a part of them, or refused
 * as weights for a portfolio of one).
 */
describe('more numbers after a strategy\'s name than it takes', () => {
  it.each([
    ['sma 10 20 30 40 on btc 2022', "'10/20/30/40': sma_crossover takes 2 (short, long), not 4"],
    ['sma 10/20/30 on btc', "'10/20/30': sma_crossover takes 2 (short, long), not 3"],
    ['sma (10, 20, 30, 40) on btc 2022', "'10/20/30/40': sma_crossover takes 2 (short, long), not 4"],
    ['sma 10/20/30/40 on btc 2022', "'10/20/30/40': sma_crossover takes 2 (short, long), not 4"],
    ['ema 9 21 55 eth 2023', "'9/21/55': ema_crossover takes 2 (short, long), not 3"],
    ['macd 12 26 9 5 on spy 2020', "'12/26/9/5': macd takes 3 (fast, slow, signal), not 4"],
  ])('"%s" is refused', (text, message) => {
    const outcome = parseRequest(text, { today: '2025-11-20' });
    expect(outcome.ok ? outcome.spec : outcome.error.code).toBe('bad_parameters');
    expect(outcome.ok ? '' : outcome.error.message).toContain(message);
  });

  it.each([
    ['macd 12 26 9 on btc 2022', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]],
    ['rsi 14 30 70 on btc 2022', [{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]],
    ['bollinger 20 2 on spy 2022', [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]],
    ['sma 10/30 and 20/50 on btc 2022', [{ name: 'sma_crossover', params: { short: 10, long: 30 } }, { name: 'sma_crossover', params: { short: 20, long: 50 } }]],
  ])('must not change: "%s"', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it('must not change: numbers that are a split of symbols stay weights ("sma 20/50 60/40 spy/gld")', () => {
    const outcome = parseRequest('sma 20/50 60/40 spy/gld 2020', { today: '2025-11-20' });
    expect(outcome.ok && outcome.spec.portfolio).toEqual({ weights: { SPY: 0.6, GLD: 0.4 } });
  });
});
