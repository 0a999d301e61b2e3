import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDatabasePath } from '../test/memory/temp_database.js';
import { backtestStrategies } from '../tools/backtest/backtest_strategies.js';
import { closeWorkerPool } from '../tools/backtest/worker_pool.js';
import { openExperimentStore, type ExperimentStore } from './experiment_store.js';
import { getExperiment } from './get_experiment.js';
import { rerunExperiment } from './rerun_experiment.js';
import { sqliteRepository } from './sqlite_repository.js';
import { saveExperiment } from './save_experiment.js';
import { toStoredResult } from './stored_result.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'btp-rerun-'));
const dataDir = path.join(root, 'data');
const dataFile = path.join(dataDir, 'BTC-USDT-1d.csv');
const dependencies = { dataDir, cacheDir: path.join(root, 'cache'), today: () => '2024-06-30', now: () => Date.parse('2024-06-30T12:00:00Z') };
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Two years of daily bars on a wave with a drift, so an SMA crossover trades. */
function writeBars(bump: { day: string; factor: number } | undefined): void {
  const lines = ['timestamp,open,high,low,close,volume'];
  for (let index = 0; index < 730; index++) {
    const day = new Date(Date.UTC(2022, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    const factor = bump?.day === day ? bump.factor : 1;
    const close = (100 + 10 * Math.sin(index / 15) + index * 0.05) * factor;
    const open = 100 + 10 * Math.sin((index - 0.5) / 15) + index * 0.05;
    lines.push([day, open.toFixed(4), (Math.max(open, close) * 1.01).toFixed(4), (Math.min(open, close) * 0.99).toFixed(4), close.toFixed(4), '1000'].join(','));
  }
  writeFileSync(dataFile, `${lines.join('\n')}\n`);
}

let store: ExperimentStore;
let savedId: number;
let savedSha: string;

beforeAll(async () => {
  mkdirSync(dataDir, { recursive: true });
  writeBars(undefined);
  savedSha = sha256(dataFile);
  store = openExperimentStore(tempDatabasePath());
  const run = await backtestStrategies({
    symbols: ['BTC'], strategies: [{ name: 'sma_crossover', params: { short: 5, long: 20 } }, { name: 'buy_and_hold' }],
    start: '2022-01-01', end: '2022-12-31',
  }, { dataDir, cacheDir: dependencies.cacheDir });
  savedId = saveExperiment(store, {
    user_query: 'Backtest SMA 5/20 on BTC for 2022',
    request_spec: {
      symbols: ['BTC'], strategies: [{ name: 'sma_crossover', params: { short: 5, long: 20 } }, { name: 'buy_and_hold', baseline: true }],
      date_range: { start: '2022-01-01', end: '2022-12-31' }, targets: {}, optimization_required: false, portfolio: null,
      fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
    },
    run_window: { start: '2022-01-01', end: '2022-12-31' },
    results: run.results.map((result, index) => toStoredResult(result, index + 1, result.strategy === 'buy_and_hold')),
    data_files: [{ symbol: 'BTC', file: 'BTC-USDT-1d.csv', sha256: savedSha, interval: '1d' }],
    engine_settings: { ...run.results[0]!.settings, risk_free_rate: 0 },
    execution_time: 5, agent_trace: [], app_version: '0.1.0',
  }).id;
});

afterAll(async () => {
  store.close();
  await closeWorkerPool();
});

describe('rerunExperiment', () => {
  it('repeats a saved run bit for bit', async () => {
    const outcome = await rerunExperiment(sqliteRepository(store), savedId, dependencies);
    expect(outcome).toMatchObject({ id: savedId, match: true, differences: [], data_changed: [], same_window: true, new_experiment_id: null });
    expect(outcome.window).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(outcome.results.map((result) => result.metrics)).toEqual(getExperiment(store, savedId).results.map((result) => result.metrics));
  });

  it('names the data file that changed, and the numbers that moved because of it', async () => {
    writeBars({ day: '2022-06-15', factor: 1.1 });
    const outcome = await rerunExperiment(sqliteRepository(store), savedId, dependencies);
    expect(outcome.match).toBe(false);
    expect(outcome.data_changed).toEqual([{ symbol: 'BTC', file: 'BTC-USDT-1d.csv', saved_sha256: savedSha, current_file: 'BTC-USDT-1d.csv', current_sha256: sha256(dataFile) }]);
    expect(outcome.differences).toEqual(expect.arrayContaining([
      expect.objectContaining({ symbol: 'BTC', strategy: 'sma_crossover', field: 'outcome_sha256' }),
      expect.objectContaining({ symbol: 'BTC', strategy: 'buy_and_hold', field: 'volatility' }),
    ]));
  });

  it('still matches when the file changed only after the saved window', async () => {
    writeBars({ day: '2023-06-15', factor: 1.1 });
    const outcome = await rerunExperiment(sqliteRepository(store), savedId, dependencies);
    expect(outcome.data_changed).toHaveLength(1);
    expect(outcome).toMatchObject({ match: true, differences: [] });
  });

  it('runs on another window as a new experiment that points back to the original, saved at the injected clock\'s time', async () => {
    const outcome = await rerunExperiment(sqliteRepository(store), savedId, dependencies, { window: { start: '2023-01-01', end: '2023-12-31' } });
    expect(outcome).toMatchObject({ match: false, same_window: false, window: { start: '2023-01-01', end: '2023-12-31' } });
    const created = getExperiment(store, outcome.new_experiment_id!);
    expect(created).toMatchObject({
      rerun_of: savedId, timestamp: '2024-06-30T12:00:00.000Z', run_window: { start: '2023-01-01', end: '2023-12-31' }, strategies: ['sma_crossover', 'buy_and_hold'],
    });
    expect(created.results.map((result) => result.range.start)).toEqual(['2023-01-01', '2023-01-01']);
  });

  it('refuses a window the data cannot serve, with the validation code', async () => {
    await expect(rerunExperiment(sqliteRepository(store), savedId, dependencies, { window: { start: '2024-01-01', end: '2025-12-31' } }))
      .rejects.toMatchObject({ code: 'future_dates' });
    await expect(rerunExperiment(sqliteRepository(store), 999, dependencies)).rejects.toMatchObject({ code: 'experiment_not_found' });
  });
});
