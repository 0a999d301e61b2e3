/** Hand-made experiments for the store's tests: every number is chosen, none is computed by the code under test. */
import type { ExperimentInput, StoredPortfolio, StoredResult } from '../../memory/experiment_schemas.js';
import type { PerformanceMetrics } from '../../tools/risk/types.js';

export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);

export function metrics(overrides: Partial<PerformanceMetrics> = {}): PerformanceMetrics {
  return {
    total_return: 0.1, cagr: 0.1, volatility: 0.2, sharpe_ratio: 0.5, sortino_ratio: 0.7, max_drawdown: -0.1,
    calmar_ratio: 1, win_rate: 0.5, profit_factor: 1.2, num_trades: 4, exposure: 0.5, final_equity: 11_000, ...overrides,
  };
}

export interface ResultSpec {
  symbol?: string;
  strategy?: string;
  params?: Record<string, number>;
  metrics?: Partial<PerformanceMetrics>;
  baseline?: boolean;
}

export function storedResult(spec: ResultSpec, rank = 1): StoredResult {
  return {
    rank, symbol: spec.symbol ?? 'BTC', strategy: spec.strategy ?? 'sma_crossover', params: spec.params ?? { short: 20, long: 50 },
    baseline: spec.baseline ?? false, data: { file: `${spec.symbol ?? 'BTC'}-USDT-1d.csv`, sha256: HASH_A, interval: '1d' },
    range: { start: '2022-01-01', end: '2022-12-31', bars: 365 }, periods_per_year: 365, metrics: metrics(spec.metrics),
    outcome_sha256: HASH_B, notes: [],
  };
}

/** An experiment of the given results (ranked in the order given), saved at `timestamp` (epoch ms). */
export function experimentInput(results: ResultSpec[], options: { timestamp?: number; userQuery?: string; sessionId?: string } = {}): ExperimentInput {
  const symbols = [...new Set(results.map((result) => result.symbol ?? 'BTC'))];
  const strategies = [...new Set(results.map((result) => result.strategy ?? 'sma_crossover'))];
  return {
    timestamp: options.timestamp,
    user_query: options.userQuery ?? `Backtest ${strategies.join(' vs ')} on ${symbols.join(' and ')} for 2022`,
    request_spec: {
      symbols, strategies: strategies.map((name) => ({ name })), date_range: { start: '2022-01-01', end: '2022-12-31' },
      targets: {}, optimization_required: false, portfolio: null, fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
    },
    run_window: { start: '2022-01-01', end: '2022-12-31' },
    results: results.map((result, index) => storedResult(result, index + 1)),
    data_files: symbols.map((symbol) => ({ symbol, file: `${symbol}-USDT-1d.csv`, sha256: HASH_A, interval: '1d' })),
    engine_settings: { initial_capital: 10_000, fees_bps: 10, slippage_bps: 0, fill: 'next_open', allow_short: false, risk_free_rate: 0 },
    execution_time: 12.5,
    agent_trace: [{ agent: 'validation_agent', started_ms: 0, duration_ms: 3, tools: [{ tool: 'validate_request', duration_ms: 2 }] }],
    app_version: '0.1.0',
    session_id: options.sessionId ?? 'session_1',
  };
}

/** A 60/40 BTC/ETH portfolio run rebalanced monthly, as the store keeps it. */
export function storedPortfolio(): StoredPortfolio {
  return {
    weights: { BTC: 0.6, ETH: 0.4 }, rebalance: 'monthly',
    strategies: { BTC: { name: 'buy_and_hold', params: {} }, ETH: { name: 'buy_and_hold', params: {} } },
    objective: null, range: { start: '2022-01-01', end: '2022-12-31', bars: 365 }, periods_per_year: 365,
    metrics: metrics({ total_return: -0.62, sharpe_ratio: -1.1, max_drawdown: -0.7 }), fees_paid: 23.5, turnover: 0.8,
    num_rebalances: 11, num_fills: 24, contributions: { BTC: -0.38, ETH: -0.24 },
    risk: { volatility: { BTC: 0.6, ETH: 0.8 }, risk_contributions: { BTC: 0.5, ETH: 0.5 }, diversification_ratio: 1.05 },
    correlation: { symbols: ['BTC', 'ETH'], matrix: [[1, 0.9], [0.9, 1]] },
    optimization: null, outcome_sha256: HASH_B, notes: [],
  };
}
