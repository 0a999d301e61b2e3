/**
 * The reference report of the speed goal and the browser tests: SMA crossover vs RSI mean
 * reversion vs buy-and-hold on BTC and ETH over 2021–2024, daily (6 runs × 1,461 bars), from the
 * bundled sample data; and an optimisation report with a walk-forward.
 */
import { loadConfig } from '../adk.config.js';
import { backtestStrategies } from '../tools/backtest/backtest_strategies.js';
import { resolveEngineSettings } from '../tools/backtest/engine_settings.js';
import { csvFolderSource, loadEach, loadSeries } from '../tools/data/index.js';
import { optimizeStrategy } from '../tools/optimization/optimize_strategy.js';
import { runSpecPortfolio } from '../tools/portfolio/portfolio_from_spec.js';
import { buildReport } from '../tools/report/build_report.js';
import { backtestReportInput, optimizationReportInput } from '../tools/report/direct_run_inputs.js';
import type { ReportInput } from '../tools/report/report_input.js';
import type { BacktestResult } from '../tools/backtest/backtest_result.js';
import type { ReportDocument } from '../tools/report/report_document.js';

export const COMPARISON_REQUEST = 'btp backtest --symbols BTC,ETH --strategy sma_crossover --strategy rsi_mean_reversion --strategy buy_and_hold --from 2021-01-01 --to 2024-12-31';

/** The comparison's report input (results with curves and trades, prices) and its results. */
export async function comparisonInput(): Promise<{ input: ReportInput; results: BacktestResult[] }> {
  const config = loadConfig();
  const window = { start: '2021-01-01', end: '2024-12-31' };
  const run = await backtestStrategies({
    symbols: ['BTC', 'ETH'], strategies: [{ name: 'sma_crossover' }, { name: 'rsi_mean_reversion' }, { name: 'buy_and_hold' }], ...window,
  }, { dataDir: config.dataDir, cacheDir: config.cacheDir, riskFreeRate: config.riskFreeRate });
  const series = await loadEach(csvFolderSource(config), ['BTC', 'ETH'], '1d', window);
  const prices = new Map(series.map((one) => [one.symbol, one]));
  return { input: backtestReportInput(run, { request: COMPARISON_REQUEST, riskFreeRate: config.riskFreeRate, prices }), results: run.results };
}

/** The comparison's report with a 60/40 BTC/ETH portfolio rebalanced monthly over the same window (buy and hold). */
export async function portfolioDocument(input: ReportInput): Promise<ReportDocument> {
  const config = loadConfig();
  const spec = { ...input.spec, symbols: ['BTC', 'ETH'], strategies: [{ name: 'buy_and_hold' }], portfolio: { weights: { BTC: 0.6, ETH: 0.4 }, rebalance: 'monthly' as const } };
  const portfolio = await runSpecPortfolio(spec, { start: '2021-01-01', end: '2024-12-31' }, { dataDir: config.dataDir, cacheDir: config.cacheDir, riskFreeRate: config.riskFreeRate });
  return buildReport({ ...input, spec, portfolio });
}

/** SMA crossover tuned on BTC 2020–2024 (random search, fixed seed) with a 3-fold walk-forward. */
export async function optimizationDocument(): Promise<ReportDocument> {
  const config = loadConfig();
  const range = { start: '2020-01-01', end: '2024-12-31' };
  const series = await loadSeries('BTC', { dataDir: config.dataDir, cacheDir: config.cacheDir, range });
  const run = await optimizeStrategy({
    series, strategy: 'sma_crossover', range, settings: resolveEngineSettings({}), riskFreeRate: config.riskFreeRate,
    method: 'random', trials: 60, seed: 7, rankBy: 'sharpe_ratio', walkForward: { mode: 'rolling', folds: 3 },
  });
  return buildReport(optimizationReportInput(run, 'sharpe_ratio', {
    request: 'btp optimize --symbol BTC --strategy sma_crossover --from 2020-01-01 --to 2024-12-31 --method random --trials 60 --seed 7 --walk-forward --folds 3',
    riskFreeRate: config.riskFreeRate, prices: new Map([[series.symbol, series]]),
  }));
}
