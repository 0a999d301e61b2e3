import { describe, expect, it } from 'vitest';
import { summarizeEquityCurve } from './equity_curve_summary.js';
import { computeExposure } from './exposure.js';
import { computeProfitFactor } from './profit_factor.js';
import { summarizeTrades } from './trade_summary.js';
import { computeWinRate } from './win_rate.js';

const pnls = (...values: number[]) => values.map((pnl) => ({ pnl }));

describe('win rate and profit factor', () => {
  // P&L 50, −20, 0, 30, −10: wins 50 and 30 (2 of 5; the break-even 0 is neither),
  // gross profit 80, gross loss −30.
  const summary = summarizeTrades(pnls(50, -20, 0, 30, -10));

  it('summarises the trades in one pass', () => {
    expect(summary).toEqual({ count: 5, wins: 2, grossProfit: 80, grossLoss: -30 });
  });

  it('win rate = 2 / 5 = 0.4', () => {
    expect(computeWinRate(summary)).toBe(0.4);
  });

  it('profit factor = 80 / |−30| = 8/3', () => {
    expect(computeProfitFactor(summary)).toBeCloseTo(8 / 3, 12);
  });

  it('no trades: win rate null, profit factor null', () => {
    const none = summarizeTrades([]);
    expect(computeWinRate(none)).toBeNull();
    expect(computeProfitFactor(none)).toBeNull();
  });

  it('no losing trade: profit factor null (not Infinity); only losers: profit factor 0, win rate 0', () => {
    expect(computeProfitFactor(summarizeTrades(pnls(10, 0, 5)))).toBeNull();
    const losers = summarizeTrades(pnls(-10, -5));
    expect(computeProfitFactor(losers)).toBe(0);
    expect(computeWinRate(losers)).toBe(0);
  });
});

describe('computeExposure', () => {
  /** Exposure of a flat curve with these positions: it depends on the positions alone. */
  const exposureOf = (positions: number[]) => computeExposure(summarizeEquityCurve({
    equity: new Float64Array(positions.length).fill(100), initialCapital: 100, position: Int8Array.from(positions), riskFreePerBar: 0,
  }));

  it('counts long and short bars alike: positions 0, 1, 1, −1, 0 → 3 / 5 = 0.6', () => {
    expect(exposureOf([0, 1, 1, -1, 0])).toBe(0.6);
  });

  it('is 0 with no bars and 1 when always in the market', () => {
    expect(exposureOf([])).toBe(0);
    expect(exposureOf([-1, 1, 1])).toBe(1);
  });
});
