import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { readPastedTables } from './pasted_tables.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

/**
 * Settings pasted as a table: a header of setting names over a row of values (pipes, tabs, CSV or
 * aligned columns), a "| setting | value |" table, or a header-less row of cells. Before, the start and
 * end dates read as two one-day periods (several_periods), the header as ignored words, and "`30m`"
 * as the year 2030.
 */
describe('a header of setting names over a row of values', () => {
  it('reads a pipe table: "Symbol | Strategy | Short | Long | Start | End | Capital"', () => {
    const text = 'Symbol | Strategy | Short | Long | Start | End | Capital\nQQQ | ema_crossover | 20 | 50 | 2015-01-01 | 2019-12-31 | 50000';
    const spec = specOf(text);
    expect(spec.symbols).toEqual(['QQQ']);
    expect(userStrategiesOf(text)).toEqual([{ name: 'ema_crossover', params: { short: 20, long: 50 } }]);
    expect(spec.date_range).toEqual({ start: '2015-01-01', end: '2019-12-31' });
    expect(spec.initial_capital).toBe(50000);
  });

  it('reads a CSV header and row: "ticker,strategy,period,lower,upper,start,end"', () => {
    const text = 'ticker,strategy,period,lower,upper,start,end\nAAPL,rsi_mean_reversion,10,35,65,2016-01-15,2019-12-31';
    expect(specOf(text).symbols).toEqual(['AAPL']);
    expect(userStrategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 10, lower: 35, upper: 65 } }]);
    expect(specOf(text).date_range).toEqual({ start: '2016-01-15', end: '2019-12-31' });
  });

  it.each([
    ['Symbol\tStrategy\tShort\tLong\tStart\tEnd\nSPY\tsma_crossover\t10\t30\t2018-01-01\t2020-12-31', ['SPY'], { start: '2018-01-01', end: '2020-12-31' }],
    ['| Symbol | Strategy | Fast | Slow | Signal | Start | End |\n|---|---|---|---|---|---|---|\n| ETH | macd | 12 | 26 | 9 | 2021-01-01 | 2022-12-31 |', ['ETH'], { start: '2021-01-01', end: '2022-12-31' }],
    ['Please run this:\nsymbol | strategy | start | end\nSPY | sma_crossover | 2020-01-01 | 2022-12-31', ['SPY'], { start: '2020-01-01', end: '2022-12-31' }],
    ['Symbol    Strategy         Start         End\nQQQ       ema_crossover    2015-01-01    2019-12-31', ['QQQ'], { start: '2015-01-01', end: '2019-12-31' }],
  ])('reads the columns of %j', (text, symbols, dateRange) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.date_range).toEqual(dateRange);
    expect(spec.notes ?? []).not.toEqual(expect.arrayContaining([expect.stringContaining('ignored')]));
  });

  it('reads longer header names and units: "Start date", "Initial capital", "fees (bps)"', () => {
    const donchian = specOf('Ticker | Strategy | Entry | Exit | Start date | End date | Initial capital\nSPY | donchian_breakout | 40 | 20 | 2012-01-01 | 2016-12-31 | 20000');
    expect(donchian.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'donchian_breakout', params: { period: 40, exit_period: 20 } }]);
    expect(donchian.date_range).toEqual({ start: '2012-01-01', end: '2016-12-31' });
    expect(donchian.initial_capital).toBe(20000);
    expect(specOf('symbol | strategy | fees (bps) | start | end\nBTC | sma_crossover | 5 | 2023-01-01 | 2023-12-31').fees_bps).toBe(5);
    expect(specOf('symbol,strategy,start,end,capital,fees\nBTC,buy_and_hold,2019-01-01,2021-12-31,25000,5')).toMatchObject({ initial_capital: 25000, fees_bps: 5 });
  });

  it('reads the bar size under "interval"', () => {
    expect(specOf('symbol | strategy | interval | start | end\nBTC | rsi_mean_reversion | 4h | 2023-01-01 | 2023-12-31').interval).toBe('4h');
  });
});

describe('a "| setting | value |" table, one setting a row', () => {
  it('reads "| interval | `30m` |" as 30-minute bars, which MSFT has not', () => {
    const text = '| setting | value |\n|---|---|\n| symbol | `MSFT` |\n| strategy | `ema_crossover` |\n| interval | `30m` |\n| period | 2024-01-01 to 2024-06-30 |';
    const spec = specOf(text);
    expect(spec.interval).toBe('30m');
    expect(spec.date_range).toEqual({ start: '2024-01-01', end: '2024-06-30' });
    expect(spec.notes ?? []).toEqual([]);
  });

  it('reads start and end rows as one window, the header as no words left unread', () => {
    const spec = specOf('| setting | value |\n|---|---|\n| symbol | `SPY` |\n| strategy | `rsi_mean_reversion` |\n| start | 2020-01-01 |\n| end | 2021-12-31 |');
    expect(spec.date_range).toEqual({ start: '2020-01-01', end: '2021-12-31' });
    expect(spec.notes ?? []).toEqual([]);
  });

  it('reads values in code marks in prose too: "run `sma_crossover` on `BTC` for 2022"', () => {
    expect(specOf('run `sma_crossover` on `BTC` for 2022')).toMatchObject({ symbols: ['BTC'], date_range: { start: '2022-01-01', end: '2022-12-31' } });
  });
});

describe('a row of cells with no header: its two dates are its start and end', () => {
  it.each([
    ['BTC\tsma_crossover\tshort=15\tlong=60\t2020-01-01\t2023-06-30\tfees 10bps', ['BTC'], { start: '2020-01-01', end: '2023-06-30' }],
    ['ETH | ema_crossover | 2021-01-01 | 2022-06-30 | capital 20000', ['ETH'], { start: '2021-01-01', end: '2022-06-30' }],
    ['ETH,ema_crossover,2021-01-01,2022-06-30', ['ETH'], { start: '2021-01-01', end: '2022-06-30' }],
  ])('%j', (text, symbols, dateRange) => {
    expect(specOf(text)).toMatchObject({ symbols, date_range: dateRange });
  });

  it('keeps the settings of the tab row: sma 15/60 at 10 bps', () => {
    const text = 'BTC\tsma_crossover\tshort=15\tlong=60\t2020-01-01\t2023-06-30\tfees 10bps';
    expect(userStrategiesOf(text)).toEqual([{ name: 'sma_crossover', params: { short: 15, long: 60 } }]);
    expect(specOf(text).fees_bps).toBe(10);
  });
});

describe('must not change: tables and commas that are no pasted settings', () => {
  it('a results table pasted beside the ask still yields to the ask', () => {
    const text = 'My personal log so far:\n\n| ticker | setup | CAGR | max DD |\n|---|---|---|---|\n| TSLA | sma 20/100 | 41% | -62% |\n| NVDA | ema 8/34 | 55% | -48% |\n\nAnyway, what I actually want: EMA 9/21 crossover on QQQ, 2010 through 2020, 5 bps fees.';
    expect(readPastedTables(text)).toBe(text);
    expect(specOf(text).symbols).toEqual(['QQQ']);
  });

  it.each([
    ['sma on btc 2020 | 2022', 'several_periods'],
    ['sma on btc 2022 vs 2023', 'several_periods'],
    ['BTC 50% / ETH 30% | buy_and_hold | 2021-01-01 | 2023-12-31', 'bad_weights'],
  ])('"%s" is still refused as %s', (text, code) => {
    expect(parseRequest(text, { today: PHRASE_TEST_TODAY })).toMatchObject({ ok: false, error: { code } });
  });

  it.each([
    'sma on btc, eth and sol, 2021, fees 5bps',
    'sma on btc, from 2020-01-01, to 2021-01-01, fees 5bps',
    'asset: eth | strat: rsi mr | len 21 | os 35 | ob 65 | period: 2022 | fees: 0.1% | slip: 0.05%',
    "don`t change the fees, run sma on btc 2022",
  ])('leaves the text of %j as written', (text) => {
    expect(readPastedTables(text)).toBe(text);
  });

  it('prose with commas keeps its reading', () => {
    expect(specOf('sma on btc, eth and sol, 2021, fees 5bps')).toMatchObject({ symbols: ['BTC', 'ETH', 'SOL'], date_range: { start: '2021-01-01', end: '2021-12-31' }, fees_bps: 5 });
  });
});

describe('second read: a table of holdings and weights stays a portfolio', () => {
  it.each([
    'Buy and hold 2020-2024:\nSymbol\tWeight\nBTC\t60%\nETH\t40%',
    '| Asset | Weight |\n|---|---|\n| BTC | 60% |\n| ETH | 40% |\nbuy and hold 2020 to 2024',
  ])('%j holds BTC 60 %, ETH 40 %', (text) => {
    expect(specOf(text).portfolio?.weights).toEqual({ BTC: 0.6, ETH: 0.4 });
  });
});
