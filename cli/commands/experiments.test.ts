import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openExperimentStore } from '../../memory/experiment_store.js';
import { getExperiment } from '../../memory/get_experiment.js';
import { saveExperiment } from '../../memory/save_experiment.js';
import { experimentInput, HASH_A } from '../../test/memory/fixtures.js';
import { tempDatabasePath } from '../../test/memory/temp_database.js';
import { BTP_COMMAND } from '../../test/btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const database = tempDatabasePath();
const DAY = 86_400_000;

/** Runs the real `btp` on the test store; resolves with stdout, stderr and the exit code. */
async function btp(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...BTP_COMMAND, 'experiments', ...args], {
      cwd: REPO_ROOT, env: { ...process.env, BTP_DB: database, BTP_DATA_DIR: path.resolve(process.env.BTP_DATA_DIR!) },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

beforeAll(() => {
  const store = openExperimentStore(database);
  const now = Date.now();
  saveExperiment(store, experimentInput([{ symbol: 'BTC', metrics: { sharpe_ratio: 0.9 } }], { timestamp: now - 20 * DAY, userQuery: 'SMA on BTC, old' }));
  saveExperiment(store, experimentInput([{ symbol: 'BTC', metrics: { sharpe_ratio: 0.6 } }, { symbol: 'ETH', metrics: { sharpe_ratio: 1.4 } }], { timestamp: now - 2 * DAY, userQuery: 'SMA on BTC and ETH' }));
  saveExperiment(store, experimentInput([{ symbol: 'SOL', strategy: 'macd', params: { fast: 12, slow: 26, signal: 9 } }], { timestamp: now - DAY, userQuery: 'MACD on SOL' }));
  store.close();
});

describe('btp experiments', () => {
  it('list: a table newest first, and the same page as JSON', async () => {
    const table = await btp('list');
    expect(table.code).toBe(0);
    const rows = table.stdout.split('\n').filter((line) => /^│\s+\d+ │/.test(line));
    expect(rows.map((line) => Number(line.split('│')[1]))).toEqual([3, 2, 1]);
    expect(table.stdout).toContain('1–3 of 3');
    const page = JSON.parse((await btp('list', '--symbol', 'btc', '--limit', '1', '--json')).stdout);
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 0, experiments: [{ id: 2, user_query: 'SMA on BTC and ETH', best: { symbol: 'BTC' } }] });
    const filtered = JSON.parse((await btp('list', '--min', 'sharpe_ratio=1', '--json')).stdout);
    expect(filtered.experiments.map((experiment: { id: number }) => experiment.id)).toEqual([2]);
  });

  it('show: the experiment in full, with its data hashes and agent trace', async () => {
    const shown = await btp('show', '2');
    expect(shown.stdout).toContain('Experiment #2');
    expect(shown.stdout).toContain(HASH_A);
    expect(shown.stdout).toContain('validation_agent');
    const json = JSON.parse((await btp('show', '2', '--json')).stdout);
    const store = openExperimentStore(database);
    expect(json).toEqual(getExperiment(store, 2));
    store.close();
  });

  it('best --metric sharpe_ratio --symbol BTC --days 7 finds the recent BTC result, not the better old one', async () => {
    const best = JSON.parse((await btp('best', '--metric', 'sharpe_ratio', '--symbol', 'BTC', '--days', '7', '--json')).stdout);
    expect(best).toMatchObject({ metric: 'sharpe_ratio', value: 0.6, experiment: { id: 2 }, result: { symbol: 'BTC' } });
    expect((await btp('best', '--symbol', 'BTC')).stdout).toContain('Best Sharpe ratio on BTC: 0.90');
    expect(JSON.parse((await btp('best', '--symbol', 'DOGE', '--json')).stdout)).toBeNull();
  });

  it('best --worst turns the ranking round, and --among N ranks only the N newest experiments', async () => {
    expect((await btp('best', '--symbol', 'BTC', '--worst')).stdout).toContain('Worst Sharpe ratio on BTC: 0.60');
    // The newest experiment (#3) ran SOL only, so among it alone BTC has no result (the store's conformance suite checks more).
    expect((await btp('best', '--symbol', 'BTC', '--among', '1')).stdout).toContain('No saved result on BTC among the last 1 experiment(s) has a Sharpe ratio.');
    const refused = await btp('best', '--among', '0');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--among');
  });

  it('best --count N lists the N best results in order, the worst first with --worst, and refuses a count outside 1-20', async () => {
    const ranked = JSON.parse((await btp('best', '--count', '3', '--json')).stdout);
    expect(ranked.map((found: { value: number }) => found.value)).toEqual([1.4, 0.9, 0.6]);
    expect(JSON.parse((await btp('best', '--count', '2', '--worst', '--json')).stdout).map((found: { value: number }) => found.value)).toEqual([0.5, 0.6]);
    // --among bounds the experiments ranked; --count only how many results come back.
    expect(JSON.parse((await btp('best', '--count', '5', '--among', '2', '--json')).stdout).map((found: { value: number }) => found.value)).toEqual([1.4, 0.6, 0.5]);
    const table = (await btp('best', '--count', '3', '--symbol', 'BTC')).stdout;
    expect(table).toContain('Top 3 by Sharpe ratio on BTC (only 2 found):');
    expect(table).toContain('2. experiment #2');
    for (const bad of ['0', '21', '2.5', 'three']) {
      const refused = await btp('best', '--count', bad);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--count');
    }
  });

  it('rerun --json: whether the numbers match, what differs and which data changed', async () => {
    // The fixture's numbers and data hash are made up, so the real data cannot reproduce them.
    const { stdout, code } = await btp('rerun', '1', '--json');
    expect(code).toBe(0);
    const outcome = JSON.parse(stdout);
    const realSha = createHash('sha256').update(readFileSync(path.join(process.env.BTP_DATA_DIR!, 'BTC-USDT-1d.csv'))).digest('hex');
    expect(outcome).toMatchObject({ id: 1, match: false, same_window: true });
    expect(outcome.data_changed).toEqual([{ symbol: 'BTC', file: 'BTC-USDT-1d.csv', saved_sha256: HASH_A, current_file: 'BTC-USDT-1d.csv', current_sha256: realSha }]);
    expect(outcome.differences).toEqual(expect.arrayContaining([{ symbol: 'BTC', strategy: 'sma_crossover', field: 'sharpe_ratio', saved: 0.9, now: expect.any(Number) }]));
    expect((await btp('rerun', '1')).stdout).toContain('NO MATCH');
  });

  it('delete: removes one experiment, then reports it missing', async () => {
    expect(JSON.parse((await btp('delete', '3', '--json')).stdout)).toEqual({ id: 3, deleted: true });
    const again = await btp('delete', '3', '--json');
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout).error).toMatchObject({ code: 'experiment_not_found', id: 3 });
    expect(JSON.parse((await btp('list', '--json')).stdout).total).toBe(2);
  });

  it('best --metric takes the grammar\'s names: sortino is sortino_ratio', async () => {
    const best = JSON.parse((await btp('best', '--metric', 'sortino', '--json')).stdout);
    expect(best).toMatchObject({ metric: 'sortino_ratio' });
  });

  it('refuses bad input with one clear line and exit code 2', async () => {
    const badId = await btp('show', 'twelve');
    expect(badId).toMatchObject({ code: 2, stdout: '' });
    expect(badId.stderr).toBe('error [bad_id]: invalid experiment id "twelve": an experiment id is a whole number from 1, such as 12\n');
    const badMetric = await btp('best', '--metric', 'sharpness');
    expect(badMetric.code).toBe(2);
    expect(badMetric.stderr).toMatch(/^error \[unknown_metric\]: --metric: unknown metric "sharpness"; metrics: sharpe_ratio, /);
    expect((await btp('list', '--min', 'sharpe_ratio>1')).stderr).toContain('--min must be metric=value');
  });
});
