import { describe, expect, it } from 'vitest';
import { getSupportedSymbols } from '../data/index.js';
import type { SymbolInfo } from '../data/types.js';
import type { ErrorCode } from '../errors.js';
import { parseRequest } from './parse_request.js';
import type { RequestSpecInput } from './request_spec.js';
import { validateRequestSpec } from './validate_request_spec.js';

const TODAY = '2026-11-24';

function daily(symbol: string, first: string, last: string, bars: number, assetClass: 'crypto' | 'equity' = 'crypto'): SymbolInfo {
  return { symbol, quote: 'USD', interval: '1d', asset_class: assetClass, file: `${symbol}-USD-1d.csv`, first, last, bars };
}

/** A small listing: BTC daily 2020–2024 (1,827 days, every day a bar), ETH 2021–2024, SPY on exchange days, BTC hourly 2024. */
const LISTING: SymbolInfo[] = [
  daily('BTC', '2020-01-01', '2024-12-31', 1827),
  { ...daily('BTC', '2024-01-01', '2024-12-31', 8784), interval: '1h', file: 'BTC-USD-1h.csv' },
  daily('ETH', '2021-01-01', '2024-12-31', 1461),
  daily('SPY', '2020-01-02', '2024-12-31', 1258, 'equity'),
];

function spec(fields: Partial<RequestSpecInput>): RequestSpecInput {
  return { symbols: ['BTC'], strategies: [{ name: 'sma_crossover' }, { name: 'buy_and_hold', baseline: true }], ...fields };
}

function codeOf(input: unknown): ErrorCode | 'ok' {
  const outcome = validateRequestSpec(input, { today: TODAY, symbols: LISTING });
  return outcome.ok ? 'ok' : outcome.error.code;
}

function errorOf(input: unknown): Record<string, unknown> {
  const outcome = validateRequestSpec(input, { today: TODAY, symbols: LISTING });
  if (outcome.ok) throw new Error('expected an error');
  return outcome.error;
}

describe('validateRequestSpec: each code', () => {
  it('accepts a spec the parser made, with the defaults filled in', () => {
    const parsed = parseRequest('Backtest SMA 20/50 on BTC for 2022', { today: TODAY });
    expect(parsed.ok).toBe(true);
    const outcome = validateRequestSpec(parsed.ok ? parsed.spec : undefined, { today: TODAY, symbols: LISTING });
    expect(outcome).toEqual({ ok: true, spec: parsed.ok ? parsed.spec : undefined, notes: [] });
  });

  it('no_symbol: empty or missing symbols', () => {
    expect(codeOf(spec({ symbols: [] }))).toBe('no_symbol');
    expect(codeOf({ strategies: [{ name: 'macd' }] })).toBe('no_symbol');
    expect(codeOf(null)).toBe('no_symbol');
  });

  it('bad_request: a spec of the wrong shape', () => {
    expect(codeOf(spec({ strategies: 'macd' as never }))).toBe('bad_request');
  });

  it('unknown_symbol: lists the known symbols and the nearest', () => {
    const error = errorOf(spec({ symbols: ['BTC', 'SPX'] }));
    expect(error).toMatchObject({ code: 'unknown_symbol', symbol: 'SPX', known_symbols: ['BTC', 'ETH', 'SPY'], suggestion: 'SPY' });
    expect(error.message).toContain('known symbols: BTC, ETH, SPY');
  });

  it('unknown_symbol: a portfolio weight on a symbol without data', () => {
    expect(errorOf(spec({ symbols: ['BTC'], portfolio: { weights: { BTC: 0.5, AVAX: 0.5 } } }))).toMatchObject({ code: 'unknown_symbol', symbol: 'AVAX' });
  });

  it('unknown_strategy: names the strategies there are', () => {
    const error = errorOf(spec({ strategies: [{ name: 'ichimoku' }] }));
    expect(error.code).toBe('unknown_strategy');
    expect(error.message).toContain('sma_crossover');
    expect(error.message).toContain('buy_and_hold');
  });

  it('a preposition before "strategies" names no strategy ("care about strategies with at least 10 trades")', () => {
    const parsed = parseRequest('compare RSI against MACD for Apple stock in 2017 and 2018, I only care about strategies with at least 10 trades', { today: '2026-11-24' });
    expect(parsed.ok && parsed.spec.strategies.map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion', 'macd', 'buy_and_hold']);
    expect(parsed.ok && parsed.spec.targets).toEqual({ num_trades: { operator: '>=', value: 10 } });
    expect(parsed.ok && parsed.notes).toEqual([]);
  });

  it('unknown_strategy: a strategy-like name the parser could not map reaches validation', () => {
    const parsed = parseRequest('Ichimoku strategy on BTC for 2022', { today: TODAY });
    expect(parsed.ok && parsed.notes).toEqual(['"ichimoku" is not a strategy we have']);
    expect(errorOf(parsed.ok ? parsed.spec : undefined)).toMatchObject({ code: 'unknown_strategy', strategy: 'ichimoku' });
  });

  it.each([
    ['short ≥ long', [{ name: 'sma_crossover', params: { short: 50, long: 20 } }]],
    ['lower ≥ upper', [{ name: 'rsi_mean_reversion', params: { lower: 70, upper: 30 } }]],
    ['a period of 0', [{ name: 'bollinger_bands', params: { period: 0 } }]],
    ['a negative lookback', [{ name: 'momentum', params: { lookback: -5 } }]],
  ])('bad_parameters: %s', (_label, strategies) => {
    expect(errorOf(spec({ strategies }))).toMatchObject({ code: 'bad_parameters' });
  });

  it('bad_weights: portfolio weights may sum to at most 100% (within 1e-6); the rest is cash', () => {
    const symbols = ['BTC', 'ETH'];
    expect(codeOf(spec({ symbols, portfolio: { weights: { BTC: 0.6, ETH: 0.3 } }, date_range: { start: '2022-01-01', end: '2022-12-31' } }))).toBe('ok');
    expect(codeOf(spec({ symbols, portfolio: { weights: { BTC: 0.6, ETH: 0.4 + 5e-7 } }, date_range: { start: '2022-01-01', end: '2022-12-31' } }))).toBe('ok');
    expect(errorOf(spec({ symbols, portfolio: { weights: { BTC: 0.7, ETH: 0.4 } } }))).toMatchObject({ code: 'bad_weights' });
    expect(errorOf(spec({ symbols, portfolio: { weights: { BTC: 0.7, ETH: 0.4 } } })).message).toMatch(/sum to 110%; they may sum to at most 100%/);
  });

  it('bad_weights: portfolio weights must name exactly the symbols', () => {
    expect(codeOf(spec({ symbols: ['BTC', 'ETH'], portfolio: { weights: { BTC: 1 } } }))).toBe('bad_weights');
  });

  it('infeasible_portfolio: a max weight too small for the symbols to reach 100%', () => {
    expect(errorOf(spec({ symbols: ['BTC', 'ETH'], portfolio: { weights: { BTC: 0.5, ETH: 0.5 }, objective: 'max_sharpe', max_weight: 0.4 } })))
      .toMatchObject({ code: 'infeasible_portfolio', max_weight: 0.4 });
  });

  it('bad_parameters: costs above 10 % per fill', () => {
    expect(errorOf(spec({ fees_bps: 2000 }))).toMatchObject({ code: 'bad_parameters', field: 'fees_bps' });
  });

  it('end_before_start', () => {
    expect(errorOf(spec({ date_range: { start: '2023-01-01', end: '2022-12-31' } }))).toMatchObject({ code: 'end_before_start', start: '2023-01-01', end: '2022-12-31' });
  });

  it('future_dates: an end after today', () => {
    expect(errorOf(spec({ date_range: { start: '2024-01-01', end: '2026-11-25' } }))).toMatchObject({ code: 'future_dates', today: TODAY });
    expect(codeOf(spec({ date_range: { start: '2024-01-01', end: TODAY } }))).toBe('ok');
  });

  it('out_of_data_range: says what the data covers', () => {
    const error = errorOf(spec({ symbols: ['BTC', 'ETH'], date_range: { start: '2020-01-01', end: '2020-12-31' } }));
    expect(error).toMatchObject({ code: 'out_of_data_range', symbol: 'ETH', data_first: '2021-01-01', data_last: '2024-12-31' });
    expect(error.message).toContain('2021-01-01 to 2024-12-31');
  });

  it('a partly covered range runs on the covered part, with a note, and keeps the range as asked', () => {
    const outcome = validateRequestSpec(spec({ date_range: { start: '2019-06-01', end: '2020-12-31' } }), { today: TODAY, symbols: LISTING });
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2019-06-01', end: '2020-12-31' });
    expect(outcome.ok && outcome.notes).toEqual(['BTC data covers 2020-01-01 to 2024-12-31: the run uses 2020-01-01 to 2020-12-31 of the requested 2019-06-01 to 2020-12-31']);
  });

  it('without a date range the run uses the common history, and says so', () => {
    const outcome = validateRequestSpec(spec({ symbols: ['BTC', 'ETH'] }), { today: TODAY, symbols: LISTING });
    expect(outcome.ok && outcome.notes).toEqual(['no date range given: the run uses the common history of BTC, ETH, 2021-01-01 to 2024-12-31']);
  });

  it('insufficient_history: 122 daily bars (2024-06-01..2024-09-30) cannot warm up a 200-bar SMA', () => {
    const strategies = [{ name: 'sma_crossover', params: { short: 50, long: 200 } }];
    expect(errorOf(spec({ strategies, date_range: { start: '2024-06-01', end: '2024-09-30' } })))
      .toMatchObject({ code: 'insufficient_history', symbol: 'BTC', bars: 122, required_bars: 200 });
    expect(codeOf(spec({ strategies, date_range: { start: '2024-01-01', end: '2024-07-18' } }))).toBe('ok'); // 200 days
  });

  it('insufficient_history: exchange-day data is counted at its own density', () => {
    // SPY: 1,258 bars over 1,826 calendar days; 2024-01-01..2024-06-30 is 182 days → 1258 × 182 / 1826 ≈ 125.4 → 125 bars.
    const strategies = [{ name: 'sma_crossover', params: { short: 50, long: 200 } }];
    expect(errorOf(spec({ symbols: ['SPY'], strategies, date_range: { start: '2024-01-01', end: '2024-06-30' } })))
      .toMatchObject({ code: 'insufficient_history', bars: 125 });
  });
});

describe('validateRequestSpec: the first problem in the order is the one reported', () => {
  const ichimoku = [{ name: 'ichimoku' }];
  const badSma = [{ name: 'sma_crossover', params: { short: 50, long: 20 } }];
  const longSma = [{ name: 'sma_crossover', params: { short: 50, long: 200 } }];
  it.each<[string, RequestSpecInput, ErrorCode]>([
    ['no symbol + unknown strategy', spec({ symbols: [], strategies: ichimoku }), 'no_symbol'],
    ['unknown symbol + unknown strategy', spec({ symbols: ['AVAX'], strategies: ichimoku }), 'unknown_symbol'],
    ['unknown strategy + bad parameters', spec({ strategies: [...ichimoku, ...badSma] }), 'unknown_strategy'],
    ['bad parameters + end before start', spec({ strategies: badSma, date_range: { start: '2023-01-01', end: '2022-01-01' } }), 'bad_parameters'],
    ['end before start + future', spec({ date_range: { start: '2030-01-01', end: '2029-01-01' } }), 'end_before_start'],
    ['future + out of data range', spec({ date_range: { start: '2026-01-01', end: '2027-01-01' } }), 'future_dates'],
    ['out of data range + insufficient history', spec({ strategies: longSma, date_range: { start: '2019-01-01', end: '2019-02-01' } }), 'out_of_data_range'],
  ])('%s → %s', (_label, input, expected) => {
    expect(codeOf(input)).toBe(expected);
  });
});

describe('validateRequestSpec on the shared data directory', () => {
  it('accepts the issue\'s example request', async () => {
    const symbols = await getSupportedSymbols(process.env.BTP_DATA_DIR!);
    const parsed = parseRequest('Backtest SMA 20/50 and RSI on BTC and ETH from 2021 to 2024, target Sharpe > 1.5', { today: TODAY });
    const outcome = validateRequestSpec(parsed.ok ? parsed.spec : undefined, { today: TODAY, symbols });
    expect(outcome.ok).toBe(true);
  });
});
