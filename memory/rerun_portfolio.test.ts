/** Re-running a saved experiment that held a portfolio: the portfolio is repeated and checked bit for bit too. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDatabasePath } from '../test/memory/temp_database.js';
import { backtestStrategies } from '../tools/backtest/backtest_strategies.js';
import { closeWorkerPool } from '../tools/backtest/worker_pool.js';
import { runSpecPortfolio } from '../tools/portfolio/portfolio_from_spec.js';
import { summarizePortfolioRun } from '../tools/portfolio/portfolio_summary.js';
import type { RequestSpec } from '../tools/request/request_spec.js';
import { openExperimentStore, type ExperimentStore } from './experiment_store.js';
import { getExperiment } from './get_experiment.js';
import { rerunExperiment } from './rerun_experiment.js';
import { saveExperiment } from './save_experiment.js';
import { sqliteRepository } from './sqlite_repository.js';
import { toStoredResult } from './stored_result.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'btp-rerun-portfolio-'));
const dataDir = path.join(root, 'data');
const dependencies = { dataDir, cacheDir: path.join(root, 'cache'), today: () => '2024-06-30', now: () => Date.parse('2024-06-30T12:00:00Z') };
const WINDOW = { start: '2022-01-01', end: '2022-12-31' };

/** Two years of daily bars: two waves out of phase, so the weights drift and rebalancing trades. */
function writeBars(symbol: string, phase: number, bump?: { day: string; factor: number }): void {
  const lines = ['timestamp,open,high,low,close,volume'];
  for (let index = 0; index < 730; index++) {
    const day = new Date(Date.UTC(2022, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    const close = (100 + 15 * Math.sin(index / 20 + phase) + index * 0.04) * (bump?.day === day ? bump.factor : 1);
    const open = 100 + 15 * Math.sin((index - 0.5) / 20 + phase) + index * 0.04;
    lines.push([day, open.toFixed(4), (Math.max(open, close) * 1.01).toFixed(4), (Math.min(open, close) * 0.99).toFixed(4), close.toFixed(4), '1000'].join(','));
  }
  writeFileSync(path.join(dataDir, `${symbol}-USDT-1d.csv`), `${lines.join('\n')}\n`);
}

let store: ExperimentStore;

/** Saves what a pipeline run of `portfolio` saves: the single-symbol baselines and the portfolio run. */
async function savePortfolioRun(portfolio: RequestSpec['portfolio']): Promise<number> {
  const spec: RequestSpec = {
    symbols: ['BTC', 'ETH'], strategies: [{ name: 'buy_and_hold', baseline: true }], date_range: WINDOW, targets: {},
    optimization_required: false, portfolio, fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  };
  const context = { dataDir, cacheDir: dependencies.cacheDir, riskFreeRate: 0 };
  const run = await backtestStrategies({ symbols: spec.symbols, strategies: [{ name: 'buy_and_hold' }], ...WINDOW }, context);
  const portfolioRun = await runSpecPortfolio(spec, WINDOW, context);
  return saveExperiment(store, {
    user_query: 'a portfolio of BTC and ETH in 2022', request_spec: spec, run_window: WINDOW,
    results: run.results.map((result, index) => toStoredResult(result, index + 1, true)),
    portfolio: summarizePortfolioRun(portfolioRun!),
    data_files: run.results.map((result) => ({ symbol: result.symbol, file: result.data.file, sha256: result.data.sha256, interval: '1d' })),
    engine_settings: { ...run.results[0]!.settings, risk_free_rate: 0 }, execution_time: 5, agent_trace: [], app_version: '0.1.0',
  }).id;
}

beforeAll(() => {
  mkdirSync(dataDir, { recursive: true });
  writeBars('BTC', 0);
  writeBars('ETH', 2);
  store = openExperimentStore(tempDatabasePath());
});

afterAll(async () => {
  store.close();
  await closeWorkerPool();
});

describe('rerunExperiment with a portfolio', () => {
  it('repeats given weights and an optimised choice bit for bit', async () => {
    const given = await savePortfolioRun({ weights: { BTC: 0.6, ETH: 0.4 }, rebalance: 'weekly' });
    const chosen = await savePortfolioRun({ weights: {}, rebalance: 'monthly', objective: 'max_sharpe' });
    for (const id of [given, chosen]) {
      const saved = getExperiment(store, id).portfolio!;
      const outcome = await rerunExperiment(sqliteRepository(store), id, dependencies);
      expect(outcome).toMatchObject({ match: true, differences: [] });
      expect(outcome.portfolio).toEqual({ weights: saved.weights, rebalance: saved.rebalance, range: saved.range, metrics: saved.metrics });
    }
    expect(getExperiment(store, given).portfolio).toMatchObject({ weights: { BTC: 0.6, ETH: 0.4 }, objective: null, num_rebalances: 52 });
    expect(getExperiment(store, chosen).portfolio!.objective).toBe('max_sharpe');
  });

  it('names what moved in the portfolio when one of its files changed inside the window', async () => {
    const id = await savePortfolioRun({ weights: { BTC: 0.5, ETH: 0.5 }, rebalance: 'monthly' });
    writeBars('ETH', 2, { day: '2022-05-10', factor: 1.2 });
    try {
      const outcome = await rerunExperiment(sqliteRepository(store), id, dependencies);
      expect(outcome.match).toBe(false);
      expect(outcome.differences).toEqual(expect.arrayContaining([
        expect.objectContaining({ symbol: 'portfolio', strategy: 'buy_and_hold', field: 'outcome_sha256' }),
        expect.objectContaining({ symbol: 'portfolio', strategy: 'buy_and_hold', field: 'volatility' }),
        expect.objectContaining({ symbol: 'ETH', strategy: 'buy_and_hold', field: 'volatility' }),
      ]));
      expect(outcome.differences.filter((difference) => difference.field.startsWith('weight'))).toEqual([]);
    } finally {
      writeBars('ETH', 2);
    }
  });

  it('runs the portfolio on another window and saves it in the new experiment', async () => {
    const id = await savePortfolioRun({ weights: { BTC: 0.7, ETH: 0.3 }, rebalance: 'quarterly' });
    const outcome = await rerunExperiment(sqliteRepository(store), id, dependencies, { window: { start: '2023-01-01', end: '2023-12-31' } });
    expect(outcome.portfolio).toMatchObject({ weights: { BTC: 0.7, ETH: 0.3 }, rebalance: 'quarterly', range: { start: '2023-01-01', end: '2023-12-31', bars: 365 } });
    const created = getExperiment(store, outcome.new_experiment_id!);
    expect(created.portfolio).toMatchObject({ weights: { BTC: 0.7, ETH: 0.3 }, range: { start: '2023-01-01', end: '2023-12-31' }, num_rebalances: 3 });
    expect(created.portfolio!.metrics).toEqual(outcome.portfolio!.metrics);
  });
});
