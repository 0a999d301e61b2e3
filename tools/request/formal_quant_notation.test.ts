import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

/**
 * Requests written as a quant writes a model: symbols for the costs and the capital ("c = 7.5bps",
 * "C₀ = $10,000"), Greek letters for measures ("σ_ann < 60%", "2σ"), letters for a strategy's
 * arguments ("momentum(L=30)"), and intervals in brackets ("T = [2021-01-01, 2024-12-31]").
 */
describe('formal quant notation', () => {
  describe('c is the cost of a trade, C₀ and K the starting capital', () => {
    it.each([
      ['RSI(14) with 25/75 on ETH, Δt = 4h, window 2024-03-01..2025-06-30, c = 7.5bps, slip = 2bps', 7.5],
      ['SMA 20/50 on BTC 2022, c=0.2%', 20],
      ['SMA 20/50 on BTC 2022, c: 5bps', 5],
      ['SMA 20/50 on BTC 2022, fees: c=0.25%', 25],
    ])('"%s" charges %s bps in fees', (text, bps) => {
      expect(specOf(text).fees_bps).toBe(bps);
    });

    it('the slippage keeps its own noun, and its letter after it', () => {
      expect(specOf('RSI(14) with 25/75 on ETH, Δt = 4h, window 2024-03-01..2025-06-30, c = 7.5bps, slip = 2bps').slippage_bps).toBe(2);
      expect(specOf('SMA 20/50 on BTC 2022, fees: c = 5 bps, slippage: s = 2bps')).toMatchObject({ fees_bps: 5, slippage_bps: 2 });
    });

    it.each([
      ['momentum(L=30) on BNB, 2019–2023, shorts allowed, C₀ = $20,000', 20000],
      ['SMA 20/50 on BTC 2022, C0 = 50000', 50000],
      ['SMA 20/50 on BTC 2022, C_0 = 50k', 50000],
      ['SMA 20/50 on BTC 2022, K = $50,000', 50000],
    ])('"%s" starts with %s', (text, capital) => {
      expect(specOf(text).initial_capital).toBe(capital);
    });

    it('a letter with no value of its kind after it sets nothing', () => {
      // Unitless, "c = 5" could be anything; "plan c" is a word.
      expect(specOf('SMA 20/50 on BTC 2022, c = 5').fees_bps).toBe(10);
      expect(specOf('SMA 20/50 on BTC 2022, plan c').fees_bps).toBe(10);
      // "k" unmarked is the Bollinger width, never the capital.
      expect(specOf('BB(20) on BTC 2022, k = 2.5').initial_capital).toBe(10000);
      expect(userStrategiesOf('BB(20) on BTC 2022, k = 2.5')).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }]);
      expect(specOf('SMA 20/50 on BTC 2022, K = 50000').initial_capital).toBe(10000);
    });

    it('"L" inside "P&L" is no symbol', () => {
      expect(specOf('SMA 20/50 on BTC 2022, P&L > 0')).toMatchObject({ fees_bps: 10, initial_capital: 10000 });
      expect(userStrategiesOf('SMA 20/50 on BTC 2022, P&L > 0')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
    });
  });

  describe('a letter in a strategy\'s brackets is the parameter at its place', () => {
    it.each([
      ['momentum(L=30) on BNB, 2019–2023, shorts allowed, C₀ = $10,000', 'momentum', { lookback: 30 }],
      ['SMA(n=10, m=40) on BTC 2020', 'sma_crossover', { short: 10, long: 40 }],
      ['EMA(n=12, m=26) on BTC 2020', 'ema_crossover', { short: 12, long: 26 }],
      ['SMA(s=10, l=40) on BTC 2020', 'sma_crossover', { short: 10, long: 40 }],
      ['MACD(f=12, s=26, g=9) on BTC 2020', 'macd', { fast: 12, slow: 26, signal: 9 }],
      ['MACD(12, 26, s=9) on BTC 2020', 'macd', { fast: 12, slow: 26, signal: 9 }],
      ['RSI(n=14, a=30, b=70) on BTC 2020', 'rsi_mean_reversion', { period: 14, lower: 30, upper: 70 }],
      ['Donchian(N=20, exit=10) on LTC 2020', 'donchian_breakout', { period: 20, exit_period: 10 }],
      ['Donchian(N=20, M=10) on LTC 2020', 'donchian_breakout', { period: 20, exit_period: 10 }],
    ])('"%s" runs %s with %o', (text, name, params) => {
      expect(userStrategiesOf(text)).toEqual([{ name, params }]);
    });

    it('a letter that names a parameter itself keeps it, wherever it stands', () => {
      expect(userStrategiesOf('BB(k=2, n=20) on BTC 2020')).toEqual([{ name: 'bollinger_bands', params: { std_dev: 2, period: 20 } }]);
      expect(userStrategiesOf('momentum(lookback=30) on BNB 2020')).toEqual([{ name: 'momentum', params: { lookback: 30 } }]);
    });

    it('outside a strategy\'s brackets a letter names nothing', () => {
      expect(userStrategiesOf('momentum L=30 on BTC 2020')).toEqual([{ name: 'momentum' }]);
    });
  });

  describe('σ is the volatility when bounded, the bands\' width when set', () => {
    it.each([
      ['Donchian(N=20, exit=10) on LTC, daily, 2018-01-01 to 2022-12-31; constraints: CAGR ≥ 10%, σ_ann < 60%', '<', 0.6],
      ['SMA 20/50 on BTC 2022, σ ≤ 0.5', '<=', 0.5],
      ['SMA 20/50 on BTC 2022, sigma < 60%', '<', 0.6],
      ['SMA 20/50 on BTC 2022, vol_ann < 60%', '<', 0.6],
      ['SMA 20/50 on BTC 2022, σ under 50%', '<', 0.5],
    ])('"%s" keeps the volatility %s %s', (text, operator, value) => {
      expect(specOf(text).targets.volatility).toEqual({ operator, value });
    });

    it('the CAGR beside it is kept too', () => {
      expect(specOf('Donchian(N=20, exit=10) on LTC, daily, 2018-01-01 to 2022-12-31; constraints: CAGR ≥ 10%, σ_ann < 60%').targets.cagr).toEqual({ operator: '>=', value: 0.1 });
    });

    it.each([
      ['BB(20, 2σ) on BTC 2020', { period: 20, std_dev: 2 }],
      ['bollinger 20 with σ = 2.5 on BTC 2020', { period: 20, std_dev: 2.5 }],
      ['bollinger 20 sigma=2.5 on BTC 2020', { period: 20, std_dev: 2.5 }],
      ['BTC 4h bars, 20-period 2σ bollinger, last 90 days', { period: 20, std_dev: 2 }],
      ['20-period 2 std bollinger on BTC 2022', { period: 20, std_dev: 2 }],
      ['bollinger 20-period 2 on BTC 2022', { period: 20, std_dev: 2 }],
    ])('"%s" sets the bands %o and no target', (text, params) => {
      const spec = specOf(text);
      expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'bollinger_bands', params }]);
      expect(spec.targets).toEqual({});
    });

    it('μ/σ ranks by the Sharpe ratio', () => {
      expect(specOf('SMA 20/50 on BTC 2022, rank by μ/σ')).toMatchObject({ rank_by: 'sharpe_ratio' });
      expect(specOf('SMA 20/50 on BTC 2022, rank by μ/σ').notes ?? []).toEqual([]);
    });
  });

  describe('an interval in brackets is one range', () => {
    it.each([
      ['EMA(12,26) vs MACD(12,26,9) on SOL, T = [2021-01-01, 2024-12-31], rank by Calmar', '2021-01-01', '2024-12-31'],
      ['SMA 20/50 on BTC, (2021-01-01, 2024-12-31)', '2021-01-01', '2024-12-31'],
      ['SMA 20/50 on BTC, [2021-01-01; 2024-12-31]', '2021-01-01', '2024-12-31'],
      ['SMA 20/50 on BTC, period [2021-01-01, 2024-12-31)', '2021-01-01', '2024-12-31'],
      ['SMA 20/50 on BTC, T=[2021-01-01,2024-12-31]', '2021-01-01', '2024-12-31'],
      ['SMA 20/50 on BTC, [2021, 2023]', '2021-01-01', '2023-12-31'],
      ['SMA 20/50 on BTC, [2021-03, 2022-06]', '2021-03-01', '2022-06-30'],
      ['SMA 20/50 on BTC, window 2024-03-01..2025-06-30', '2024-03-01', '2025-06-30'],
    ])('"%s" runs %s to %s', (text, start, end) => {
      expect(specOf(text).date_range).toEqual({ start, end });
    });

    it('the rest of the request reads as before', () => {
      expect(specOf('EMA(12,26) vs MACD(12,26,9) on SOL, T = [2021-01-01, 2024-12-31], rank by Calmar')).toMatchObject({ symbols: ['SOL'], rank_by: 'calmar_ratio' });
    });

    it.each([
      // Without brackets, in brackets backwards, or bare years in round brackets: two dates named apart.
      'SMA 20/50 on BTC, 2021-01-01, 2024-12-31',
      'SMA 20/50 on BTC, [2024-12-31, 2021-01-01]',
      'SMA 20/50 on BTC, (2021, 2023)',
    ])('"%s" is still two periods', (text) => {
      const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
      expect(outcome.ok ? undefined : outcome.error.code).toBe('several_periods');
    });

    it('symbols in brackets stay a list', () => {
      expect(specOf('SMA 20/50 on [BTC, ETH] 2022').symbols).toEqual(['BTC', 'ETH']);
    });
  });
});

describe('second read: letters that name no place, and "c:" labels', () => {
  it('"SMA crossover (s=50, f=10)": "f" is the fast average in the long one\'s place, so no place is read', () => {
    expect(userStrategiesOf('SMA crossover (s=50, f=10) on BTC since 2020')[0]!.params).toBeUndefined();
  });

  it('"MACD(f=12, s=26, g=9)": letters that agree with their places keep them', () => {
    expect(userStrategiesOf('MACD(f=12, s=26, g=9) on BTC 2022')[0]!.params).toEqual({ fast: 12, slow: 26, signal: 9 });
  });

  it.each([
    'Three scenarios for RSI on BTC 2022: a: 10% drawdown cap, b: 15%, c: 20%',
    'Run RSI on BTC 2022, plan B: 20% max drawdown, plan C: 30%',
  ])('%j: a lone "c" with a colon labels an item and sets no fees', (text) => {
    expect(specOf(text).fees_bps).toBe(10);
  });
});
