import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import type { RequestSpec } from './request_spec.js';

/**
 * The parser's specification by example: each request, read on 2026-11-24, and the exact spec it
 * must give. Defaults written out once: fees 10 bps, capital 10,000, rank by Sharpe, no targets,
 * no portfolio, and the buy-and-hold baseline after the user's strategies.
 */
const TODAY = '2026-11-24';
const BASELINE = { name: 'buy_and_hold', baseline: true as const };

function spec(fields: Partial<RequestSpec> & Pick<RequestSpec, 'symbols'>): RequestSpec {
  return {
    strategies: [BASELINE], targets: {}, optimization_required: false, portfolio: null,
    fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio', ...fields,
  };
}

const sma = (params?: Record<string, number>) => ({ name: 'sma_crossover', ...(params ? { params } : {}) });
const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });

const CASES: ReadonlyArray<[string, RequestSpec]> = [
  // strategies and their parameter notations
  ['Backtest SMA 20/50 on BTC for 2022', spec({ symbols: ['BTC'], strategies: [sma({ short: 20, long: 50 }), BASELINE], date_range: year(2022) })],
  ['20/50 SMA on ETH in 2023', spec({ symbols: ['ETH'], strategies: [sma({ short: 20, long: 50 }), BASELINE], date_range: year(2023) })],
  ['golden cross on bitcoin since 2020', spec({ symbols: ['BTC'], strategies: [sma({ short: 50, long: 200 }), BASELINE], date_range: { start: '2020-01-01', end: TODAY } })],
  ['death cross strategy on SPY from 2015 to 2020', spec({ symbols: ['SPY'], strategies: [sma({ short: 50, long: 200 }), BASELINE], date_range: { start: '2015-01-01', end: '2020-12-31' } })],
  ['moving average crossover on ETH', spec({ symbols: ['ETH'], strategies: [sma(), BASELINE] })],
  ['SMA with short window 10 and long window 30 on BTC', spec({ symbols: ['BTC'], strategies: [sma({ short: 10, long: 30 }), BASELINE] })],
  ['EMA cross 12/26 on SOL last year', spec({ symbols: ['SOL'], strategies: [{ name: 'ema_crossover', params: { short: 12, long: 26 } }, BASELINE], date_range: year(2025) })],
  ['HODL BTC', spec({ symbols: ['BTC'], strategies: [{ name: 'buy_and_hold' }] })],
  ['buy and hold ETH and BTC for 2021', spec({ symbols: ['ETH', 'BTC'], strategies: [{ name: 'buy_and_hold' }], date_range: year(2021) })],
  ['buy-and-hold vs SMA 10/40 on LTC', spec({ symbols: ['LTC'], strategies: [{ name: 'buy_and_hold' }, sma({ short: 10, long: 40 })] })],
  ['mean reversion on RSI for AAPL', spec({ symbols: ['AAPL'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE] })],
  ['RSI(7) 25/75 on ETH', spec({ symbols: ['ETH'], strategies: [{ name: 'rsi_mean_reversion', params: { period: 7, lower: 25, upper: 75 } }, BASELINE] })],
  ['RSI 14 with 30/70 bands on BTC', spec({ symbols: ['BTC'], strategies: [{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }, BASELINE] })],
  ['MACD fast 12 slow 26 signal 9 on BTC', spec({ symbols: ['BTC'], strategies: [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }, BASELINE] })],
  ['MACD(8,21,5) on QQQ', spec({ symbols: ['QQQ'], strategies: [{ name: 'macd', params: { fast: 8, slow: 21, signal: 5 } }, BASELINE] })],
  ['Bollinger 20, 2.5 std on GLD', spec({ symbols: ['GLD'], strategies: [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }, BASELINE] })],
  ['Bollinger bands with a 2.5 std on gold', spec({ symbols: ['GLD'], strategies: [{ name: 'bollinger_bands', params: { std_dev: 2.5 } }, BASELINE] })],
  // A lone small number is the width (a 2-bar band means nothing); a window-sized one is the period.
  ['bollinger 2 on gold', spec({ symbols: ['GLD'], strategies: [{ name: 'bollinger_bands', params: { std_dev: 2 } }, BASELINE] })],
  ['bollinger 20 on gold', spec({ symbols: ['GLD'], strategies: [{ name: 'bollinger_bands', params: { period: 20 } }, BASELINE] })],
  ['bollinger 2 sigma bands on gold', spec({ symbols: ['GLD'], strategies: [{ name: 'bollinger_bands', params: { std_dev: 2 } }, BASELINE] })],
  ['bollinger with 3 standard deviation bands on gold', spec({ symbols: ['GLD'], strategies: [{ name: 'bollinger_bands', params: { std_dev: 3 } }, BASELINE] })],
  ['Donchian breakout 55/20 on BTC', spec({ symbols: ['BTC'], strategies: [{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }, BASELINE] })],
  ['turtle breakout on ETH', spec({ symbols: ['ETH'], strategies: [{ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }, BASELINE] })],
  // Entry and exit channels as turtle traders write them; numbers given replace the preset's.
  ['turtle-style donchian, 55 in / 20 out on ETH', spec({ symbols: ['ETH'], strategies: [{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }, BASELINE] })],
  ['breakout with 40 in and 15 out on ETH', spec({ symbols: ['ETH'], strategies: [{ name: 'donchian_breakout', params: { period: 40, exit_period: 15 } }, BASELINE] })],
  ['momentum with a lookback of 60 days on SOL', spec({ symbols: ['SOL'], strategies: [{ name: 'momentum', params: { lookback: 60 } }, BASELINE] })],
  ['90-day momentum on BTC and ETH', spec({ symbols: ['BTC', 'ETH'], strategies: [{ name: 'momentum', params: { lookback: 90 } }, BASELINE] })],
  ['Compare SMA vs RSI on BTC and ETH from 2021 to 2024', spec({ symbols: ['BTC', 'ETH'], strategies: [sma(), { name: 'rsi_mean_reversion' }, BASELINE], date_range: { start: '2021-01-01', end: '2024-12-31' } })],
  ['Test RSI on Ethereum: buy when RSI drops below 30 and sell above 70', spec({ symbols: ['ETH'], strategies: [{ name: 'rsi_mean_reversion', params: { lower: 30, upper: 70 } }, BASELINE] })],
  ['rsi 2 mean reversion on spy with 10/90 thresholds', spec({ symbols: ['SPY'], strategies: [{ name: 'rsi_mean_reversion', params: { period: 2, lower: 10, upper: 90 } }, BASELINE] })],
  ['What is the best strategy for SOL in 2023?', spec({
    symbols: ['SOL'], date_range: year(2023),
    strategies: ['sma_crossover', 'ema_crossover', 'rsi_mean_reversion', 'macd', 'bollinger_bands', 'donchian_breakout', 'momentum'].map((name) => ({ name })).concat([BASELINE]),
  })],
  ['Ichimoku strategy on BTC', spec({ symbols: ['BTC'], strategies: [{ name: 'ichimoku' }, BASELINE] })],
  ['volatility breakout strategy on ETH', spec({ symbols: ['ETH'], strategies: [{ name: 'volatility_breakout' }, BASELINE] })],
  ['Backtest BTC for 2022', spec({ symbols: ['BTC'], date_range: year(2022) })],

  // targets and optimisation
  ['Backtest SMA and MACD on BTC, target Sharpe > 1.5', spec({ symbols: ['BTC'], strategies: [sma(), { name: 'macd' }, BASELINE], targets: { sharpe_ratio: { operator: '>', value: 1.5 } }, optimization_required: true })],
  ['I want at least a 1.2 Sharpe and drawdowns no worse than 25% on BTC using momentum', spec({
    symbols: ['BTC'], strategies: [{ name: 'momentum' }, BASELINE], optimization_required: true,
    targets: { sharpe_ratio: { operator: '>=', value: 1.2 }, max_drawdown: { operator: '>=', value: -0.25 } },
  })],
  ['RSI on ETH with a Sharpe of at least 2', spec({ symbols: ['ETH'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE], targets: { sharpe_ratio: { operator: '>=', value: 2 } }, optimization_required: true })],
  ['SMA on BTC with max drawdown under 20%', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], targets: { max_drawdown: { operator: '>=', value: -0.2 } }, optimization_required: true })],
  ['SMA on BTC, drawdown below 15%', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], targets: { max_drawdown: { operator: '>=', value: -0.15 } }, optimization_required: true })],
  ['SMA on BTC with a drawdown limit of 20%', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], targets: { max_drawdown: { operator: '>=', value: -0.2 } }, optimization_required: true })],
  ['momentum on SOL with CAGR above 30%', spec({ symbols: ['SOL'], strategies: [{ name: 'momentum' }, BASELINE], targets: { cagr: { operator: '>', value: 0.3 } }, optimization_required: true })],
  ['RSI on BTC, win rate over 55%', spec({ symbols: ['BTC'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE], targets: { win_rate: { operator: '>', value: 0.55 } }, optimization_required: true })],
  // The share of trades that win, named by the trades: "70% winners", "win 55% of the time".
  ['RSI on BTC, I need at least 70% winners', spec({ symbols: ['BTC'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE], targets: { win_rate: { operator: '>=', value: 0.7 } }, optimization_required: true })],
  ['RSI on BTC, should win 55% of the time', spec({ symbols: ['BTC'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE], targets: { win_rate: { operator: '>=', value: 0.55 } }, optimization_required: true })],
  ['RSI on BTC, want 60% winning trades', spec({ symbols: ['BTC'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE], targets: { win_rate: { operator: '>=', value: 0.6 } }, optimization_required: true })],
  // "beat" and "clear" are comparators; a "leg" is a crossover's average; "somewhere between" is a range to search.
  ['SMA on BTC, total return should beat 100%', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], targets: { total_return: { operator: '>', value: 1 } }, optimization_required: true })],
  ['SMA on BTC, Calmar has to clear 2', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], targets: { calmar_ratio: { operator: '>', value: 2 } }, optimization_required: true })],
  ['sma cross on BTC, fast leg 7 slow leg 25', spec({ symbols: ['BTC'], strategies: [sma({ short: 7, long: 25 }), BASELINE] })],
  // A metric set aside after the ranking one is read, not ignored.
  ['SMA on BTC, rank the results by Sortino instead of Sharpe', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'sortino_ratio' })],
  ['SMA on BTC, sort them all by calmar, not sharpe', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'calmar_ratio' })],
  ['SMA on BTC, order the results by calmar rather than the usual sharpe', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'calmar_ratio' })],
  ['SMA on BTC, rank by sortino (not sharpe)', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'sortino_ratio' })],
  // The metric first, the ranking after it; or the metric set aside first ("Sortino" was ignored and Sharpe kept).
  ['SMA on BTC, use Sortino instead of Sharpe for ranking', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'sortino_ratio' })],
  ['SMA on BTC, calmar rather than sharpe to sort', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'calmar_ratio' })],
  ['SMA on BTC, instead of Sharpe, rank by Sortino', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'sortino_ratio' })],
  ['SMA on BTC, rather than sharpe, order them by calmar', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'calmar_ratio' })],
  ['Sortino above 2 for RSI on ETH', spec({ symbols: ['ETH'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE], targets: { sortino_ratio: { operator: '>', value: 2 } }, optimization_required: true })],
  ['SMA on BTC, volatility under 60%', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], targets: { volatility: { operator: '<', value: 0.6 } }, optimization_required: true })],
  ['SMA on BTC with at least 30 trades', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], targets: { num_trades: { operator: '>=', value: 30 } }, optimization_required: true })],
  ['optimise the SMA crossover on ETH', spec({ symbols: ['ETH'], strategies: [sma(), BASELINE], optimization_required: true })],
  ['tune MACD on BTC', spec({ symbols: ['BTC'], strategies: [{ name: 'macd' }, BASELINE], optimization_required: true })],
  ['find the best parameters for RSI on SOL', spec({ symbols: ['SOL'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE], optimization_required: true })],
  ['optimize for sortino: EMA on BTC', spec({ symbols: ['BTC'], strategies: [{ name: 'ema_crossover' }, BASELINE], optimization_required: true, rank_by: 'sortino_ratio' })],
  ['SMA on BTC, rank by sortino', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'sortino_ratio' })],
  // The metric a question judges by ranks the results (it was "ignored: 'sortino'").
  ['SMA on BTC, show me the best one by sortino', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'sortino_ratio' })],
  ['which has the best calmar, SMA on BTC', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'calmar_ratio' })],
  ["what's the win rate of SMA on BTC", spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], rank_by: 'win_rate' })],
  ['SMA on BTC, no need to optimize', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE] })],

  // costs, capital, shorting
  ['SMA on BTC with 0.1% fees', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], fees_bps: 10 })],
  ['SMA on BTC with 0.07% fees', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], fees_bps: 7 })],
  ['SMA on BTC, fees of 5 bps', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], fees_bps: 5 })],
  ['SMA on BTC with no fees', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], fees_bps: 0 })],
  ['SMA on Solana with 10 bps fees and 2 bps slippage', spec({ symbols: ['SOL'], strategies: [sma(), BASELINE], fees_bps: 10, slippage_bps: 2 })],
  ['SMA on ETH with $25k', spec({ symbols: ['ETH'], strategies: [sma(), BASELINE], initial_capital: 25_000 })],
  ['SMA on ETH starting with 25,000 USD', spec({ symbols: ['ETH'], strategies: [sma(), BASELINE], initial_capital: 25_000 })],
  ['SMA on ETH with 1.5m', spec({ symbols: ['ETH'], strategies: [sma(), BASELINE], initial_capital: 1_500_000 })],
  ['EMA 10/30 on ETH, starting capital of 50000', spec({ symbols: ['ETH'], strategies: [{ name: 'ema_crossover', params: { short: 10, long: 30 } }, BASELINE], initial_capital: 50_000 })],
  ['SMA on BTC, allow shorting', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], allow_short: true })],
  ['long-only RSI on ETH', spec({ symbols: ['ETH'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE], allow_short: false })],

  // portfolios
  ['60/40 BTC ETH', spec({ symbols: ['BTC', 'ETH'], portfolio: { weights: { BTC: 0.6, ETH: 0.4 } } })],
  ['a portfolio of 50% BTC, 30% ETH and 20% SOL with momentum', spec({ symbols: ['BTC', 'ETH', 'SOL'], strategies: [{ name: 'momentum' }, BASELINE], portfolio: { weights: { BTC: 0.5, ETH: 0.3, SOL: 0.2 } } })],
  ['equal-weight BTC ETH SOL', spec({ symbols: ['BTC', 'ETH', 'SOL'], portfolio: { weights: { BTC: 1 / 3, ETH: 1 / 3, SOL: 1 / 3 } } })],
  ['BTC/ETH 70/30 portfolio with SMA', spec({ symbols: ['BTC', 'ETH'], strategies: [sma(), BASELINE], portfolio: { weights: { BTC: 0.7, ETH: 0.3 } } })],
  ['70% SPY and 30% gold, buy and hold', spec({ symbols: ['SPY', 'GLD'], strategies: [{ name: 'buy_and_hold' }], portfolio: { weights: { SPY: 0.7, GLD: 0.3 } } })],

  // symbols: aliases, pairs, misspellings
  ['SMA on BTC/USDT', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE] })],
  ['RSI on S&P 500 for 2020', spec({ symbols: ['SPY'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE], date_range: year(2020) })],
  ['momentum on apple and microsoft', spec({ symbols: ['AAPL', 'MSFT'], strategies: [{ name: 'momentum' }, BASELINE] })],
  ['SMA on etherium', spec({ symbols: ['ETH'], strategies: [sma(), BASELINE] })],
  ['SMA on bitcon and ether', spec({ symbols: ['BTC', 'ETH'], strategies: [sma(), BASELINE] })],
  ['RSI on nasdaq', spec({ symbols: ['QQQ'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE] })],
  ['RSI on LINK and DOT', spec({ symbols: ['LINK', 'DOT'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE] })],
  ['Bolinger on ethusdt', spec({ symbols: ['ETH'], strategies: [{ name: 'bollinger_bands' }, BASELINE] })],

  // dates
  ['SMA on BTC in Q1 2023', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], date_range: { start: '2023-01-01', end: '2023-03-31' } })],
  ['SMA on BTC in H2 2023', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], date_range: { start: '2023-07-01', end: '2023-12-31' } })],
  ['SMA on BTC YTD', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], date_range: { start: '2026-01-01', end: TODAY } })],
  ['SMA on BTC over the past 3 years', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], date_range: { start: '2023-11-24', end: TODAY } })],
  ['SMA on BTC for the last 6 months', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], date_range: { start: '2026-05-24', end: TODAY } })],
  ['SMA on BTC 2021-2024', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], date_range: { start: '2021-01-01', end: '2024-12-31' } })],
  ['SMA on BTC between March 2021 and June 2022', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], date_range: { start: '2021-03-01', end: '2022-06-30' } })],
  ['SMA on BTC from 2021-03-15 to 2022-01-31', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], date_range: { start: '2021-03-15', end: '2022-01-31' } })],
  ['SMA on BTC until 2023', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], date_range: { end: '2023-12-31' } })],
  // An open start ends today, as "since 2021" does.
  ['SMA on BTC from 2021', spec({ symbols: ['BTC'], strategies: [sma(), BASELINE], date_range: { start: '2021-01-01', end: TODAY } })],

  // everything at once
  [
    'SMA 20/50 on BTC and RSI on ETH last year with 0.05% fees, $50k, target Sharpe above 1 and max drawdown below 25%, rank by calmar, allow shorts',
    spec({
      symbols: ['BTC', 'ETH'], strategies: [sma({ short: 20, long: 50 }), { name: 'rsi_mean_reversion' }, BASELINE], date_range: year(2025),
      targets: { sharpe_ratio: { operator: '>', value: 1 }, max_drawdown: { operator: '>=', value: -0.25 } }, optimization_required: true,
      fees_bps: 5, initial_capital: 50_000, rank_by: 'calmar_ratio', allow_short: true,
    }),
  ],
];

describe('parseRequest: request → spec, table', () => {
  it('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)('%s', (text, expected) => {
    const outcome = parseRequest(text, { today: TODAY });
    // The spec repeats the outcome's notes (checked by other tests); the table is about what was asked.
    const spec = outcome.ok ? { ...outcome.spec } : undefined;
    if (spec) delete spec.notes;
    expect(spec ?? (outcome.ok ? undefined : outcome.error)).toStrictEqual(expected);
  });
});
