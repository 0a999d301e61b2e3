import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openExperimentStore } from '../../memory/experiment_store.js';
import { saveExperiment } from '../../memory/save_experiment.js';
import { experimentInput } from './fixtures.js';
import { tempDatabasePath } from './temp_database.js';
import { readMigrations } from '../../memory/migrate.js';
import { migrationsFolder } from '../../tools/package_root.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./store_child.ts', import.meta.url));
/** Who the read-only test runs as: root writes through any file mode, so it drops to `nobody`. */
const NOBODY = 65_534;

/** Whether a user other than the owner can reach `folder` (search permission on it and every folder above). */
function othersCanReach(folder: string): boolean {
  for (let current = folder; ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    if (path.dirname(current) === current) return true;
  }
}

/**
 * Run as root, the read-only test needs `nobody` to load this checkout; a checkout in a private
 * folder (mktemp -d makes 0700 ones) shuts it out, and root itself writes through any file mode,
 * so there the test cannot observe the error at all and is skipped (vitest lists it as skipped).
 */
const RUNS_AS_ROOT = process.getuid?.() === 0;
const CAN_TEST_READ_ONLY = !RUNS_AS_ROOT || othersCanReach(REPO_ROOT);

interface ChildRun {
  child: ChildProcess;
  lines: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
}

function startChild(args: string[], options: { uid?: number } = {}): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'], ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    env: { ...process.env, HOME: options.uid === undefined ? process.env.HOME : '/tmp' },
  });
  const lines: Array<Record<string, unknown>> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => { errors += chunk.toString(); });
  const exited = once(child, 'exit').then(([code]) => {
    if (code !== 0 && code !== 1 && code !== null) throw new Error(`child failed (${String(code)}): ${errors}`);
    return code as number | null;
  });
  return { child, lines, exited };
}

async function whenReady(runs: readonly ChildRun[]): Promise<void> {
  while (!runs.every((run) => run.lines.some((line) => line.ready === true))) await new Promise((resolve) => setTimeout(resolve, 10));
  for (const run of runs) run.child.stdin!.end('go\n');
}

const countRows = (database: string, sql: string) => {
  const store = openExperimentStore(database);
  try {
    return store.sqlite.prepare(sql).pluck().get();
  } finally {
    store.close();
  }
};

describe('several processes on one store', () => {
  it('two processes saving at once on a brand-new file both succeed, every save whole', async () => {
    const database = tempDatabasePath();
    // Both open (and race to create and migrate) the new file, then save at the same moment.
    const runs = [startChild(['save', database, 'first', '150']), startChild(['save', database, 'second', '150'])];
    await whenReady(runs);
    expect(await Promise.all(runs.map((run) => run.exited))).toEqual([0, 0]);
    const [first, second] = runs.map((run) => run.lines.filter((line) => 'id' in line).map((line) => line.id as number));
    expect(first).toHaveLength(150);
    expect(second).toHaveLength(150);
    expect(new Set([...first!, ...second!]).size).toBe(300);
    // The saves interleaved: each process committed some of its saves while the other was saving.
    expect(Math.min(...first!)).toBeLessThan(Math.max(...second!));
    expect(Math.min(...second!)).toBeLessThan(Math.max(...first!));
    expect(countRows(database, 'SELECT count(*) FROM experiments')).toBe(300);
    expect(countRows(database, 'SELECT count(*) FROM experiment_results')).toBe(600);
    expect(countRows(database, 'SELECT count(*) FROM "__drizzle_migrations"')).toBe(readMigrations(migrationsFolder()).length);
  }, 60_000);

  it('a process killed in the middle of saving loses no experiment it had committed', async () => {
    const database = tempDatabasePath();
    const run = startChild(['save', database, 'doomed', '100000']);
    await whenReady([run]);
    while (run.lines.length < 40) await new Promise((resolve) => setTimeout(resolve, 5));
    run.child.kill('SIGKILL');
    await run.exited;
    const committed = run.lines.filter((line) => 'id' in line).map((line) => line.id as number);
    const store = openExperimentStore(database);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = store.sqlite.prepare('SELECT id FROM experiments').pluck().all() as number[];
    expect(ids).toEqual(expect.arrayContaining(committed));
    // All or nothing: whatever was saved has both of its result rows.
    const partial = store.sqlite.prepare('SELECT count(*) FROM experiments e WHERE (SELECT count(*) FROM experiment_results r WHERE r.experiment_id = e.id) <> 2').pluck().get();
    expect(partial).toBe(0);
    saveExperiment(store, experimentInput([{}]));
    store.close();
  }, 60_000);

  it.skipIf(!CAN_TEST_READ_ONLY)('a store the user cannot write gives database_read_only, for an existing file and for a new one', async () => {
    const database = tempDatabasePath();
    const folder = path.dirname(database);
    const store = openExperimentStore(database);
    saveExperiment(store, experimentInput([{}]));
    store.close();
    const lockedFolder = path.join(folder, 'locked');
    mkdirSync(lockedFolder);
    chmodSync(folder, 0o755);
    chmodSync(database, 0o444);
    chmodSync(lockedFolder, 0o555);
    const asUser = RUNS_AS_ROOT ? { uid: NOBODY } : {};
    for (const target of [database, path.join(lockedFolder, 'experiments.db'), path.join(lockedFolder, 'deeper', 'experiments.db')]) {
      const run = startChild(['open', target], asUser);
      expect(await run.exited).toBe(1);
      expect(run.lines).toEqual([{ error: expect.objectContaining({ code: 'database_read_only', database: target }) }]);
      expect(String((run.lines[0]!.error as { message: string }).message)).toContain('BTP_DB');
    }
    chmodSync(database, 0o644);
    expect(countRows(database, 'SELECT count(*) FROM experiments')).toBe(1);
  }, 60_000);
});
