import { describe, expect, it } from 'vitest';
import { runBacktestCore } from '../backtest/run_backtest.js';
import { loadSeries } from '../data/index.js';
import type { OhlcvSeries } from '../data/types.js';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from '../strategy/engine/types.js';
import { periodKey } from './calendar_periods.js';
import { runPortfolio, runPortfolioCore } from './run_portfolio.js';

const dataDir = process.env.BTP_DATA_DIR!;

function settingsWith(overrides: Partial<EngineSettings>): EngineSettings {
  return { ...DEFAULT_ENGINE_SETTINGS, ...overrides };
}

describe('one symbol at weight 1 is the single-asset engine', () => {
  const cases: Array<{ fill: 'next_open' | 'close'; strategy: string; params?: Record<string, number>; start?: string }> = [
    { fill: 'next_open', strategy: 'sma_crossover', params: { short: 10, long: 30 }, start: '2020-01-01' },
    { fill: 'close', strategy: 'rsi_mean_reversion', start: '2019-06-01' },
    { fill: 'next_open', strategy: 'macd' },
    { fill: 'next_open', strategy: 'buy_and_hold', start: '2021-03-01' },
  ];
  for (const { fill, strategy, params, start } of cases) {
    it(`${strategy}, fill ${fill}, from ${start ?? 'the first bar'}: equal equity, bit for bit, and equal metrics`, async () => {
      const series = await loadSeries('BTC', { dataDir });
      const settings = settingsWith({ fill, feesBps: 10, slippageBps: 5, initialCapital: 25_000 });
      const range = { start, end: '2023-12-31' };
      const single = runBacktestCore(series, { strategy, params, range, settings, riskFreeRate: 0.02 });
      const portfolio = runPortfolioCore([series], {
        weights: Float64Array.of(1), rebalance: 'monthly', strategies: [{ name: strategy, params }], range, settings, riskFreeRate: 0.02,
      });
      expect(portfolio.simulation.equity).toEqual(single.simulation.equity);
      expect(portfolio.simulation.position).toEqual(single.simulation.position);
      expect(portfolio.metrics).toEqual(single.metrics);
      expect(portfolio.simulation.roundTrips.map((trip) => trip.pnl)).toEqual(single.simulation.trades.map((trade) => trade.pnl));
    });
  }
});

describe('the portfolio calendar of a crypto and an equity symbol', () => {
  it('holds only the days both trade, warms indicators up on each full series, and annualises with 252', async () => {
    const btc = await loadSeries('BTC', { dataDir });
    const spy = await loadSeries('SPY', { dataDir });
    const core = runPortfolioCore([btc, spy], {
      weights: Float64Array.of(0.5, 0.5), rebalance: 'weekly',
      strategies: [{ name: 'sma_crossover', params: { short: 5, long: 20 } }, { name: 'buy_and_hold' }],
      range: { start: '2022-01-01', end: '2022-03-31' }, settings: settingsWith({}),
    });
    const days = Array.from(core.calendar.time.subarray(core.startBar, core.endBar + 1), (time) => new Date(time).getUTCDay());
    // No Saturdays or Sundays, and 2022-01-17 (Martin Luther King Day) is missing: SPY did not trade.
    expect(days.every((day) => day >= 1 && day <= 5)).toBe(true);
    const spyDays = Array.from(spy.time).filter((time) => time >= Date.UTC(2022, 0, 1) && time < Date.UTC(2022, 3, 1));
    expect(core.endBar - core.startBar + 1).toBe(spyDays.length);
    expect(Array.from(core.calendar.time.subarray(core.startBar, core.endBar + 1))).not.toContain(Date.UTC(2022, 0, 17));
    // Each symbol's index points at its own bar of the same day.
    for (let bar = core.startBar; bar <= core.endBar; bar++) {
      expect(btc.time[core.calendar.indices[0]![bar]!]).toBe(core.calendar.time[bar]);
      expect(spy.time[core.calendar.indices[1]![bar]!]).toBe(core.calendar.time[bar]);
    }
    expect(core.periodsPerYear).toBe(252);
    // Weekly rebalancing fires on the first trading day of each ISO week after the first bar.
    const weeks = new Set(Array.from(core.calendar.time.subarray(core.startBar, core.endBar + 1), (time) => periodKey(time, 'weekly')));
    expect(core.simulation.rebalances).toBe(weeks.size - 1);
    // BTC's SMA(20) had warmed up on BTC's own history before 2022: it may trade from the first bar.
    expect(core.simulation.fills.length).toBeGreaterThan(2);
  });

  it('two crypto symbols annualise with 365', async () => {
    const [btc, eth] = await Promise.all([loadSeries('BTC', { dataDir }), loadSeries('ETH', { dataDir })]);
    const core = runPortfolioCore([btc, eth], {
      weights: Float64Array.of(0.6, 0.4), rebalance: 'monthly', strategies: [{ name: 'buy_and_hold' }, { name: 'buy_and_hold' }],
      range: { start: '2021-01-01', end: '2021-12-31' }, settings: settingsWith({}),
    });
    expect(core.periodsPerYear).toBe(365);
    expect(core.endBar - core.startBar + 1).toBe(365);
    // Eleven month starts after January.
    expect(core.simulation.rebalances).toBe(11);
  });
});

describe('runPortfolio JSON', () => {
  async function sixtyForty(): Promise<{ series: OhlcvSeries[]; result: ReturnType<typeof runPortfolio> }> {
    const series = await Promise.all([loadSeries('BTC', { dataDir }), loadSeries('ETH', { dataDir })]);
    const result = runPortfolio(series, {
      weights: Float64Array.of(0.6, 0.4), rebalance: 'monthly', strategies: [{ name: 'buy_and_hold' }, { name: 'buy_and_hold' }],
      range: { start: '2020-01-01', end: '2023-12-31' }, settings: settingsWith({ feesBps: 10 }), riskFreeRate: 0,
    });
    return { series, result };
  }

  it('weights at each close are holdings over equity, start at the targets and add up to 1 with the cash', async () => {
    const { result } = await sixtyForty();
    const { weights_over_time: rows } = result.portfolio;
    expect(rows).toHaveLength(result.portfolio.equity.length);
    for (const row of rows) expect((row.BTC as number) + (row.ETH as number) + row.cash).toBeCloseTo(1, 12);
    // Right after the first allocation (fees make the last buy cash-limited): BTC 60% of the value at the open.
    expect(rows[0]!.cash).toBeCloseTo(0, 12);
    // On a rebalance day the weights at the open are the targets; at the close they have drifted by the day's move.
    expect(Math.abs((rows[0]!.BTC as number) - 0.6)).toBeLessThan(0.05);
  });

  it('contributions add up to the total return, fees to the fills, and the correlation is Pearson on the calendar', async () => {
    const { series, result } = await sixtyForty();
    const { portfolio } = result;
    const sum = Object.values(portfolio.contributions).reduce((total, value) => total + value, 0);
    expect(sum).toBeCloseTo(portfolio.metrics.total_return, 10);
    expect(portfolio.fills.reduce((total, fill) => total + fill.fee, 0)).toBeCloseTo(portfolio.fees_paid, 8);
    expect(portfolio.num_rebalances).toBe(47);
    // Turnover by its definition: traded value / mean equity × ppy / bars.
    const traded = portfolio.fills.reduce((total, fill) => total + fill.units * fill.price, 0);
    const meanEquity = portfolio.equity.reduce((total, point) => total + point.equity, 0) / portfolio.equity.length;
    expect(portfolio.turnover).toBeCloseTo((traded / meanEquity) * (365 / portfolio.equity.length), 10);
    // Pearson by the textbook formula over the same days.
    const closes = series.map((one) => {
      const from = one.time.indexOf(Date.UTC(2020, 0, 1));
      const to = one.time.indexOf(Date.UTC(2023, 11, 31));
      return Array.from(one.close.subarray(from, to + 1));
    });
    const returns = closes.map((column) => column.slice(1).map((close, at) => close / column[at]! - 1));
    const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;
    const [x, y] = returns as [number[], number[]];
    const mx = mean(x);
    const my = mean(y);
    const covariance = x.reduce((total, value, at) => total + (value - mx) * (y[at]! - my), 0);
    const pearson = covariance / Math.sqrt(x.reduce((t, v) => t + (v - mx) ** 2, 0) * y.reduce((t, v) => t + (v - my) ** 2, 0));
    expect(result.correlation.symbols).toEqual(['BTC', 'ETH']);
    expect(result.correlation.matrix[0]![1]).toBeCloseTo(pearson, 12);
    expect(result.correlation.matrix[1]![0]).toBe(result.correlation.matrix[0]![1]);
    expect(result.portfolio.equity[0]!.t).toBe('2020-01-01');
  });
});
