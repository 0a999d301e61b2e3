import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openExperimentStore } from '../../memory/experiment_store.js';
import { getExperiment } from '../../memory/get_experiment.js';
import { tempDatabasePath } from '../../test/memory/temp_database.js';
import { BTP_COMMAND } from '../../test/btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const database = tempDatabasePath();

/** Runs the real `btp` on a scratch store; resolves with stdout, stderr and the exit code. */
async function btp(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...BTP_COMMAND, ...args], {
      cwd: REPO_ROOT, env: { ...process.env, BTP_DB: database, BTP_DATA_DIR: path.resolve(process.env.BTP_DATA_DIR!) },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

interface OptimizeJson {
  method: string;
  trials: number;
  best: { params: Record<string, number>; in_sample: Record<string, number | null>; out_of_sample: Record<string, number | null> };
  in_sample_range: { start: string; end: string };
  out_of_sample_range: { start: string; end: string };
  deflated_sharpe_ratio: number | null;
  targets_met: boolean | null;
  experiment: { id: number };
}

describe('btp optimize', () => {
  it('--json: the documented shape, with metrics exactly as btp backtest computes them for those parameters and dates', async () => {
    const result = await btp('optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--from', '2018-01-01', '--to', '2024-12-31',
      '--method', 'random', '--trials', '30', '--target', 'sharpe_ratio>1.5', '--seed', '3', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as OptimizeJson;
    expect(report).toMatchObject({
      method: 'random', trials: 30, in_sample_range: { start: '2018-01-01', end: '2022-11-25' }, out_of_sample_range: { start: '2022-11-26', end: '2024-12-31' },
      targets_met: report.best.in_sample.sharpe_ratio! > 1.5,
    });
    expect(typeof report.deflated_sharpe_ratio).toBe('number');
    const strategy = `sma_crossover:${Object.entries(report.best.params).map(([name, value]) => `${name}=${value}`).join(',')}`;
    for (const [part, window] of [['in_sample', report.in_sample_range], ['out_of_sample', report.out_of_sample_range]] as const) {
      const backtest = await btp('backtest', '--symbols', 'BTC', '--strategy', strategy, '--from', window.start, '--to', window.end, '--json');
      expect(report.best[part]).toEqual(JSON.parse(backtest.stdout).results[0].metrics);
    }
    // Saved as an experiment, with every trial's parameters and score.
    const store = openExperimentStore(database);
    const saved = getExperiment(store, report.experiment.id);
    store.close();
    expect(saved.results[0]!.params).toEqual(report.best.params);
    expect(saved.run_window).toEqual(report.in_sample_range);
    const trialLog = (saved.optimization as { trial_log: Array<{ params: Record<string, number>; score: number }> }).trial_log;
    expect(trialLog).toHaveLength(30);
    expect(trialLog.every((trial) => typeof trial.score === 'number' && trial.params.short! < trial.params.long!)).toBe(true);
  });

  it('prints the pick in and out of sample, the deflated Sharpe ratio and the walk-forward folds', async () => {
    const result = await btp('optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--from', '2019-01-01', '--to', '2022-06-30',
      '--method', 'hill', '--trials', '40', '--walk-forward', '--folds', '2');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Optimised sma_crossover on BTC: hill climbing (coordinate ascent), 40 trials (seed 20240101)');
    expect(result.stdout).toContain('held out 2021-06-13 to 2022-06-30');
    expect(result.stdout).toMatch(/│ Sharpe\s+│\s+-?\d\.\d\d │\s+-?\d\.\d\d │/);
    expect(result.stdout).toContain('Deflated Sharpe ratio: ');
    expect(result.stdout).toContain('Walk-forward (rolling, 2 folds):');
    expect(result.stdout).toMatch(/Saved as experiment #\d+/);
  });

  it('refuses an unknown method, a strategy without parameters and a malformed target, with one clear line and exit code 2 (bad input)', async () => {
    const method = await btp('optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--method', 'annealing', '--json');
    expect(method.code).toBe(2);
    expect(JSON.parse(method.stdout).error).toMatchObject({ code: 'bad_flag', message: '--method must be one of grid, random, bayes, hill, got "annealing"' });
    const hold = await btp('optimize', '--symbol', 'BTC', '--strategy', 'buy_and_hold');
    expect(hold.code).toBe(2);
    expect(hold.stderr).toMatch(/^error \[bad_parameters\]: buy_and_hold has no parameters to optimise; strategies with parameters: sma_crossover, /);
    const target = await btp('optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--target', 'sharpe = 1', '--json');
    expect(target.code).toBe(2);
    expect(JSON.parse(target.stdout).error).toMatchObject({ code: 'bad_flag' });
  });
});
