import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeries } from '../data/index.js';
import { isBacktestPilotError } from '../errors.js';
import { SimulationWorkspace } from '../strategy/engine/simulation_workspace.js';
import { createIndicatorCache } from '../strategy/indicator_cache.js';
import { backtestStrategies } from './backtest_strategies.js';
import { resolveEngineSettings } from './engine_settings.js';
import { runBacktest, runBacktestCore } from './run_backtest.js';
import { closeWorkerPool, runBacktestJobs } from './worker_pool.js';

const dataDir = process.env.BTP_DATA_DIR!;

/** Rows of a shared CSV read with plain string splitting: independent of the loader under test. */
function readRows(file: string, from: string, to: string) {
  return readFileSync(path.join(dataDir, file), 'utf8').trim().split('\n').slice(1)
    .map((line) => line.split(','))
    .filter(([date]) => date! >= from && date! <= to)
    .map(([date, open, , , close]) => ({ date: date!, open: Number(open), close: Number(close) }));
}

afterAll(closeWorkerPool);

describe('runBacktest on real data, checked against an independent calculation', () => {
  it('reproduces buy-and-hold on BTC 2021–2024 (entry at the first open, exit at the last close, 10 bps each way)', async () => {
    const rows = readRows('BTC-USDT-1d.csv', '2021-01-01', '2024-12-31');
    const units = 10_000 / (rows[0]!.open * 1.001);
    const equity = rows.map((row) => units * row.close);
    equity[equity.length - 1] = units * rows.at(-1)!.close * 0.999;
    const returns = equity.map((value, index) => value / (index === 0 ? 10_000 : equity[index - 1]!) - 1);
    const mean = returns.reduce((sum, value) => sum + value, 0) / returns.length;
    const std = Math.sqrt(returns.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (returns.length - 1));
    let peak = 10_000;
    let drawdown = 0;
    for (const value of equity) { peak = Math.max(peak, value); drawdown = Math.min(drawdown, value / peak - 1); }

    const series = await loadSeries('BTC', { dataDir });
    const result = runBacktest(series, { strategy: 'buy_and_hold', range: { start: '2021-01-01', end: '2024-12-31' }, settings: resolveEngineSettings() });

    expect(result.range).toEqual({ start: '2021-01-01', end: '2024-12-31', bars: 1461 });
    expect(result.metrics.final_equity).toBeCloseTo(equity.at(-1)!, 6);
    expect(result.metrics.total_return).toBeCloseTo(equity.at(-1)! / 10_000 - 1, 10);
    expect(result.metrics.sharpe_ratio).toBeCloseTo((mean / std) * Math.sqrt(365), 10);
    expect(result.metrics.cagr).toBeCloseTo((equity.at(-1)! / 10_000) ** (365 / 1461) - 1, 10);
    expect(result.metrics.max_drawdown).toBeCloseTo(drawdown, 10);
    expect(result.trades).toHaveLength(1);
    expect(result.trades[0]).toMatchObject({ entry_time: '2021-01-01', entry_price: rows[0]!.open, exit_time: '2024-12-31', bars_held: 1461 });
    expect(result.equity[0]).toEqual({ t: '2021-01-01', equity: units * rows[0]!.close });
    expect(result.positions.every((side) => side === 1)).toBe(true);
    expect(result.data.file).toBe('BTC-USDT-1d.csv');
  });

  it('warms indicators up on the data before the start date', async () => {
    const series = await loadSeries('BTC', { dataDir });
    const result = runBacktest(series, { strategy: 'sma_crossover', params: { short: 20, long: 200 }, range: { start: '2021-01-01', end: '2021-03-31' }, settings: resolveEngineSettings() });
    // BTC closed 2020 far above its 200-day average, so the strategy is long from the first open.
    expect(result.positions[0]).toBe(1);
    expect(result.trades[0]!.entry_time).toBe('2021-01-01');
  });

  it('names the data it ran on: the file, its SHA-256 and where it came from, by the folder\'s name, never an absolute path', async () => {
    const series = await loadSeries('BTC', { dataDir });
    const result = runBacktest(series, { strategy: 'sma_crossover', params: {}, range: { start: '2022-01-01', end: '2022-12-31' }, settings: resolveEngineSettings() });
    const digest = createHash('sha256').update(readFileSync(path.join(dataDir, 'BTC-USDT-1d.csv'))).digest('hex');
    expect(result.data).toEqual({
      file: 'BTC-USDT-1d.csv', sha256: digest, interval: '1d',
      provenance: { source: 'sample', id: `${path.basename(path.resolve(dataDir))}/BTC-USDT-1d.csv`, digest },
    });
    expect(JSON.stringify(result)).not.toContain(path.resolve(dataDir));
  });

  it('clips a partly covered window to the data and says so', async () => {
    const series = await loadSeries('SOL', { dataDir });
    const result = runBacktest(series, { strategy: 'buy_and_hold', range: { start: '2020-01-01', end: '2020-12-31' }, settings: resolveEngineSettings() });
    expect(result.range.start).toBe('2020-08-11');
    expect(result.notes[0]).toContain('covers 2020-08-11');
  });
});

describe('runBacktestCore in a grid', () => {
  it('gives the same metrics with a shared indicator cache and workspace as with fresh ones per run', async () => {
    const series = await loadSeries('BTC', { dataDir });
    const settings = resolveEngineSettings({ allow_short: true });
    const indicators = createIndicatorCache();
    const workspace = new SimulationWorkspace();
    const windows = [{ start: '2019-01-01' }, { start: '2021-01-01', end: '2022-06-30' }, undefined];
    for (const [index, params] of [{ short: 5, long: 60 }, { short: 20, long: 200 }, { short: 9, long: 21 }, { short: 5, long: 60 }].entries()) {
      const options = { strategy: 'sma_crossover', params, settings, range: windows[index % windows.length] };
      const shared = runBacktestCore(series, { ...options, indicators, workspace });
      const fresh = runBacktestCore(series, options);
      expect(shared.metrics).toEqual(fresh.metrics);
      expect(shared.simulation.trades).toEqual(fresh.simulation.trades);
    }
  });

  it('one workspace (targets, equity, positions) shared by every strategy in turn gives exactly the fresh results', async () => {
    // Each strategy overwrites the targets the one before it left, warm-up bars included.
    const series = await loadSeries('ETH', { dataDir });
    const workspace = new SimulationWorkspace();
    const indicators = createIndicatorCache();
    for (const allowShort of [false, true]) {
      const settings = resolveEngineSettings({ allow_short: allowShort });
      for (const strategy of ['buy_and_hold', 'rsi_mean_reversion', 'sma_crossover', 'donchian_breakout', 'bollinger_bands', 'momentum', 'macd', 'ema_crossover', 'buy_and_hold']) {
        const shared = runBacktestCore(series, { strategy, settings, indicators, workspace });
        const fresh = runBacktestCore(series, { strategy, settings });
        expect(shared.metrics).toEqual(fresh.metrics);
        expect(Array.from(shared.simulation.position)).toEqual(Array.from(fresh.simulation.position));
      }
    }
  });
});

describe('backtestStrategies', () => {
  const request = {
    symbols: ['bitcoin', 'ETH'],
    strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'rsi_mean_reversion' }, { name: 'buy_and_hold' }],
    start: '2021-01-01', end: '2024-12-31',
  };

  it('runs every strategy on every symbol and ranks by Sharpe, best first', async () => {
    const run = await backtestStrategies(request, { dataDir });
    expect(run.results).toHaveLength(6);
    const sharpes = run.results.map((result) => result.metrics.sharpe_ratio!);
    expect(sharpes).toEqual([...sharpes].sort((a, b) => b - a));
    expect(new Set(run.results.map((result) => result.symbol))).toEqual(new Set(['BTC', 'ETH']));
  });

  it('gives the same numbers on worker threads as in-process', async () => {
    const series = await Promise.all(['BTC', 'ETH'].map((symbol) => loadSeries(symbol, { dataDir })));
    const jobs = series.flatMap((one) => ['sma_crossover', 'macd', 'bollinger_bands'].map((strategy) => ({
      series: one, strategy, range: { start: '2019-01-01' }, settings: resolveEngineSettings(),
    })));
    const inProcess = await runBacktestJobs(jobs, 'in_process');
    const onWorkers = await runBacktestJobs(jobs, 'workers');
    expect(onWorkers).toEqual(inProcess);
  });

  it('refuses a bad request before loading anything', async () => {
    const attempts = [
      { ...request, strategies: [{ name: 'ichimoku' }] },
      { ...request, strategies: [{ name: 'sma_crossover', params: { short: 50, long: 20 } }] },
      { ...request, symbols: ['DOGECOIN2'] },
      { ...request, fees_bps: -1 },
      { ...request, start: '2024-01-01', end: '2023-01-01' },
    ];
    const codes: string[] = [];
    for (const attempt of attempts) {
      try {
        await backtestStrategies(attempt, { dataDir });
        codes.push('no error');
      } catch (error) {
        codes.push(isBacktestPilotError(error) ? error.code : String(error));
      }
    }
    expect(codes).toEqual(['unknown_strategy', 'bad_parameters', 'unknown_symbol', 'bad_request', 'end_before_start']);
  });
});
