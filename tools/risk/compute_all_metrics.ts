import { BacktestPilotError } from '../errors.js';
import type { Trade } from '../strategy/engine/types.js';
import { computeCagr } from './cagr.js';
import { computeCalmarRatio } from './calmar_ratio.js';
import { summarizeEquityCurve } from './equity_curve_summary.js';
import { computeExposure } from './exposure.js';
import { computeMaxDrawdown } from './max_drawdown.js';
import { computeProfitFactor } from './profit_factor.js';
import { computeSharpeRatio } from './sharpe_ratio.js';
import { computeSortinoRatio } from './sortino_ratio.js';
import { computeTotalReturn } from './total_return.js';
import { summarizeTrades } from './trade_summary.js';
import type { PerformanceMetrics } from './types.js';
import { computeVolatility } from './volatility.js';
import { computeWinRate } from './win_rate.js';

export interface MetricsInput {
  /** Equity at each close of the N bars in range; the last value is realised. */
  equity: Float64Array;
  initialCapital: number;
  /** Position held at each close, one per bar of `equity`. */
  position: Int8Array;
  trades: readonly Pick<Trade, 'pnl'>[];
  periodsPerYear: number;
  /** Annual rate, e.g. 0.04; default 0. */
  riskFreeRate?: number;
}

function assertValidInput(input: MetricsInput): void {
  const { equity, initialCapital, position, periodsPerYear, riskFreeRate = 0 } = input;
  if (!Number.isFinite(initialCapital) || initialCapital <= 0) {
    throw new BacktestPilotError('invalid_argument', `initial capital must be a positive number, got ${initialCapital}`, { initial_capital: initialCapital });
  }
  if (!Number.isFinite(periodsPerYear) || periodsPerYear <= 0) {
    throw new BacktestPilotError('invalid_argument', `periods per year must be a positive number, got ${periodsPerYear}`, { periods_per_year: periodsPerYear });
  }
  if (!Number.isFinite(riskFreeRate)) {
    throw new BacktestPilotError('invalid_argument', `risk-free rate must be a finite annual rate such as 0.04, got ${riskFreeRate}`, { risk_free_rate: riskFreeRate });
  }
  if (position.length !== equity.length) {
    throw new BacktestPilotError(
      'invalid_argument',
      `position series must have one value per equity bar: ${position.length} positions for ${equity.length} bars`,
      { equity_bars: equity.length, position_bars: position.length },
    );
  }
}

/**
 * Every metric of one run: one pass over the equity curve (which also checks it is finite) and one
 * over the trades, then each metric from the summaries.
 */
export function computeAllMetrics(input: MetricsInput): PerformanceMetrics {
  assertValidInput(input);
  const { equity, initialCapital, position, trades, periodsPerYear } = input;
  const riskFreeRate = input.riskFreeRate ?? 0;
  const bars = equity.length;
  const finalEquity = bars > 0 ? equity[bars - 1]! : initialCapital;

  const curve = summarizeEquityCurve({ equity, initialCapital, position, riskFreePerBar: riskFreeRate / periodsPerYear });
  const tradeSummary = summarizeTrades(trades);
  const cagr = computeCagr(finalEquity, initialCapital, bars, periodsPerYear);
  const maxDrawdown = computeMaxDrawdown(curve);

  return {
    total_return: computeTotalReturn(finalEquity, initialCapital),
    cagr,
    volatility: computeVolatility(curve, periodsPerYear),
    sharpe_ratio: computeSharpeRatio(curve, periodsPerYear),
    sortino_ratio: computeSortinoRatio(curve, periodsPerYear),
    max_drawdown: maxDrawdown,
    calmar_ratio: computeCalmarRatio(cagr, maxDrawdown),
    win_rate: computeWinRate(tradeSummary),
    profit_factor: computeProfitFactor(tradeSummary),
    num_trades: tradeSummary.count,
    exposure: computeExposure(curve),
    final_equity: finalEquity,
  };
}
