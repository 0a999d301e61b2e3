import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from '../strategy/engine/types.js';
import { rebalanceStarts } from './calendar_periods.js';
import { simulatePortfolio, type PortfolioAsset } from './simulate_portfolio.js';

const DAY = 86_400_000;
/** 2024-01-01, a Monday. */
const JAN_1 = Date.UTC(2024, 0, 1);

function asset(open: number[], close: number[], targets: number[] = open.map(() => 1)): PortfolioAsset {
  return {
    open: Float64Array.from(open), close: Float64Array.from(close), targets: Int8Array.from(targets),
    index: Int32Array.from(open.map((_, bar) => bar)),
  };
}

function run(assets: PortfolioAsset[], weights: number[], options: {
  startBar?: number; schedule?: 'none' | 'daily' | 'monthly'; settings?: Partial<EngineSettings>;
} = {}) {
  const bars = assets[0]!.open.length;
  const time = Float64Array.from({ length: bars }, (_, bar) => JAN_1 + bar * DAY);
  const startBar = options.startBar ?? 1;
  return simulatePortfolio({
    assets, weights: Float64Array.from(weights), startBar, endBar: bars - 1,
    rebalanceStarts: rebalanceStarts(time, startBar, bars - 1, options.schedule ?? 'daily'),
    settings: { ...DEFAULT_ENGINE_SETTINGS, feesBps: 100, slippageBps: 0, ...options.settings },
  });
}

function fillsOf(result: ReturnType<typeof run>) {
  const { fills } = result;
  return Array.from({ length: fills.length }, (_, at) => ({
    bar: fills.bar[at]!, symbol: fills.symbol[at]!, side: fills.side[at]!, units: fills.units[at]!, price: fills.price[at]!, fee: fills.fee[at]!,
  }));
}

describe('simulatePortfolio — hand-worked fills (fee 1%, no slippage, capital 10,000)', () => {
  // A and B at 100; bar 0 is the bar before the range. At bar 1's open: V = 10,000, d = 5,000 each.
  // A: 50 units cost 50 × 100 × 1.01 = 5,050, leaving 4,950. B's 50 units would cost 5,050 > 4,950,
  // so B takes 4,950 / (100 × 1.01) = 49.0099... units and the cash is 0.
  const a = asset([100, 100, 120], [100, 120, 120]);
  const b = asset([100, 100, 80], [100, 80, 80]);

  it('a buy that would cost more than the cash takes only the cash', () => {
    const result = run([a, b], [0.5, 0.5]);
    const [buyA, buyB] = fillsOf(result);
    expect(buyA).toMatchObject({ bar: 1, symbol: 0, side: 1, units: 50, price: 100 });
    expect(buyA!.fee).toBeCloseTo(50, 12);
    expect(buyB).toMatchObject({ bar: 1, symbol: 1, side: 1, price: 100 });
    expect(buyB!.units).toBeCloseTo(4_950 / 101, 12);
    // E_1 = 0 cash + 50 × 120 + 49.0099 × 80.
    expect(result.equity[0]).toBeCloseTo(50 * 120 + (4_950 / 101) * 80, 9);
  });

  it('sells come first, so the rebalance buys with the sale proceeds', () => {
    const result = run([a, b], [0.5, 0.5]);
    const unitsB = 4_950 / 101;
    // Bar 2 (a new day): V = 50 × 120 + unitsB × 80; d = V / 2.
    const value = 50 * 120 + unitsB * 80;
    const keepA = value / 2 / 120;
    const soldA = 50 - keepA;
    const proceeds = soldA * 120 * 0.99;
    // B wants (d − unitsB × 80) / 80 units, costing more than the proceeds: it takes the proceeds.
    expect(((value / 2 - unitsB * 80) / 80) * 80 * 1.01).toBeGreaterThan(proceeds);
    const boughtB = proceeds / (80 * 1.01);
    const [, , sellA, buyB, ...liquidation] = fillsOf(result);
    expect(sellA).toMatchObject({ bar: 2, symbol: 0, side: -1, price: 120 });
    expect(sellA!.units).toBeCloseTo(soldA, 10);
    expect(buyB).toMatchObject({ bar: 2, symbol: 1, side: 1, price: 80 });
    expect(buyB!.units).toBeCloseTo(boughtB, 10);
    // At the last close everything is sold with the fee, A first.
    expect(liquidation.map((fill) => [fill.symbol, fill.side])).toEqual([[0, -1], [1, -1]]);
    const final = keepA * 120 * 0.99 + (unitsB + boughtB) * 80 * 0.99;
    expect(result.equity[1]).toBeCloseTo(final, 9);
    expect(result.feesPaid).toBeCloseTo(50 + unitsB + soldA * 1.2 + boughtB * 0.8 + keepA * 1.2 + (unitsB + boughtB) * 0.8, 9);
    expect(result.rebalances).toBe(1);
  });

  it('contributions (net cash flow per symbol) add up to the total return', () => {
    const result = run([a, b], [0.5, 0.5]);
    const total = result.equity[result.equity.length - 1]! / 10_000 - 1;
    expect((result.netCashFlow[0]! + result.netCashFlow[1]!) / 10_000).toBeCloseTo(total, 12);
  });
});

describe('simulatePortfolio — strategy signals between rebalances', () => {
  // All in one month with monthly rebalancing: after the first allocation only signals trade.
  // A's strategy turns flat at bar 2's close and long again at bar 4's close; B is always long.
  const open = [100, 100, 100, 110, 110, 121, 121];
  const close = [100, 100, 100, 110, 110, 121, 121];
  const a = asset(open, close, [1, 1, 0, 0, 1, 1, 1]);
  const b = asset(open.map((price) => price * 2), close.map((price) => price * 2));

  it('a signal exit sells only that symbol, at the next open, and its share stays in cash', () => {
    const result = run([a, b], [0.5, 0.5], { schedule: 'monthly', settings: { feesBps: 0 } });
    const fills = fillsOf(result);
    // Bar 1: both bought with 5,000 each. Bar 3 (decision at bar 2's close): A sold at 110.
    expect(fills.slice(0, 3).map((fill) => [fill.bar, fill.symbol, fill.side])).toEqual([[1, 0, 1], [1, 1, 1], [3, 0, -1]]);
    expect(fills[2]!.units).toBeCloseTo(50, 12);
    expect(fills[2]!.price).toBe(110);
    // A's 5,500 is cash, not handed to B: B still holds its 25 units.
    expect(result.equity[2]).toBeCloseTo(5_500 + 25 * 220, 9);
  });

  it('a signal entry buys that symbol to its target share of the equity at that open', () => {
    const result = run([a, b], [0.5, 0.5], { schedule: 'monthly', settings: { feesBps: 0 } });
    const fills = fillsOf(result);
    // Bar 5 (decision at bar 4's close): V = 5,500 cash + 25 × 242 = 11,550, so A wants 5,775 of
    // it; B's gain is not sold between rebalances, so A gets the 5,500 of cash: 5,500 / 121 units.
    expect(fills[3]).toMatchObject({ bar: 5, symbol: 0, side: 1, price: 121 });
    expect(fills[3]!.units).toBeCloseTo(5_500 / 121, 10);
    expect(fills.filter((fill) => fill.bar < 6)).toHaveLength(4);
    expect(result.rebalances).toBe(0);
  });

  it('weights below 100% keep the rest in cash', () => {
    const result = run([b], [0.25], { schedule: 'none', settings: { feesBps: 0 } });
    // 2,500 buys 12.5 units at 200; the close of the last bar is 242.
    expect(result.equity[result.equity.length - 1]).toBeCloseTo(7_500 + 12.5 * 242, 9);
  });
});

describe('simulatePortfolio — the first allocation', () => {
  it('with no portfolio bar before the range, decides at the first close and fills at the second open', () => {
    const a = asset([100, 110, 120], [105, 115, 125]);
    const result = run([a], [1], { startBar: 0, settings: { feesBps: 0 } });
    expect(result.equity[0]).toBe(10_000);
    expect(fillsOf(result)[0]).toMatchObject({ bar: 1, side: 1, price: 110 });
  });

  it('with fill close, decides and fills at the first close of the range', () => {
    const a = asset([100, 110, 120], [105, 115, 125]);
    const result = run([a], [1], { startBar: 0, settings: { feesBps: 0, fill: 'close' } });
    expect(fillsOf(result)[0]).toMatchObject({ bar: 0, side: 1, price: 105 });
    expect(result.equity[0]).toBeCloseTo(10_000, 9);
  });
});
