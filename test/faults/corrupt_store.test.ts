/**
 * Fault suite, the store (issue 18 §5): a damaged file or one from a newer schema. Every writing
 * command refuses and leaves the file byte-identical; every reading command says what is wrong and
 * exits non-zero; `check` finds the fault; `backup` copies a healthy store and never overwrites.
 * Run through the real `btp` on scratch files.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, openSync, readFileSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openExperimentStore } from '../../memory/experiment_store.js';
import { openSqliteRepository } from '../../memory/sqlite_repository.js';
import { saveExperiment } from '../../memory/save_experiment.js';
import { experimentInput } from '../memory/fixtures.js';
import { tempDatabasePath } from '../memory/temp_database.js';
import { BTP_COMMAND } from '../btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const EXPERIMENTS = 40;

async function btp(database: string, ...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...BTP_COMMAND, 'experiments', ...args], {
      cwd: REPO_ROOT, env: { ...process.env, BTP_DB: database, BTP_DATABASE_URL: '' },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A store of 40 experiments, closed (WAL checkpointed into the file). */
function healthyStore(): string {
  const database = tempDatabasePath();
  const store = openExperimentStore(database);
  for (let index = 0; index < EXPERIMENTS; index++) {
    saveExperiment(store, experimentInput([{ symbol: 'BTC', metrics: { sharpe_ratio: index / 10 } }, { symbol: 'ETH' }], { userQuery: `run ${index} ${'x'.repeat(600)}` }));
  }
  store.close();
  return database;
}

/**
 * Damages the last leaf page of the experiments table (the newest rows) by zeroing its b-tree page
 * header: experiment 1 stays readable, so only a check of the whole file notices.
 */
function damageNewestRows(database: string): void {
  const sqlite = new Database(database, { readonly: true });
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  const page = sqlite.prepare(`SELECT max(pageno) FROM dbstat WHERE name = 'experiments' AND pagetype = 'leaf'`).pluck().get() as number;
  sqlite.close();
  const descriptor = openSync(database, 'r+');
  writeSync(descriptor, Buffer.alloc(8, 0xff), 0, 8, (page - 1) * pageSize);
  closeSync(descriptor);
}

/** A store whose bookkeeping says a newer version migrated it. */
function newerStore(): string {
  const database = healthyStore();
  const sqlite = new Database(database);
  sqlite.prepare(`INSERT INTO "__drizzle_migrations" (hash, created_at) VALUES ('from-a-newer-version', 4102444800000)`).run();
  sqlite.close();
  return database;
}

describe('a damaged store file', () => {
  let database: string;
  let before: string;
  beforeAll(() => {
    database = healthyStore();
    damageNewestRows(database);
    before = sha256(database);
  });

  it('is refused by delete, which leaves it byte-identical', async () => {
    const deleted = await btp(database, 'delete', '1');
    expect(deleted.code).not.toBe(0);
    expect(deleted.stderr).toMatch(/error \[database_corrupt\]: .*left untouched/);
    expect(sha256(database)).toBe(before);
  });

  it('is refused by a save through the repository, with a typed error and no byte written', () => {
    expect(() => openSqliteRepository(database)).toThrowError(expect.objectContaining({ code: 'database_corrupt' }));
    expect(sha256(database)).toBe(before);
  });

  it('makes reading commands say what is wrong and exit non-zero, even for a row that still reads', async () => {
    for (const args of [['show', '1'], ['list'], ['best', '--json']]) {
      const read = await btp(database, ...args);
      expect(read.code, args.join(' ')).not.toBe(0);
      expect(`${read.stdout}${read.stderr}`, args.join(' ')).toContain('database_corrupt');
    }
    expect(sha256(database)).toBe(before);
  });

  it('is reported by check (exit 1, the problems listed) and refused by backup', async () => {
    const check = await btp(database, 'check', '--json');
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { ok: boolean; integrity: string[] };
    expect(report.ok).toBe(false);
    expect(report.integrity.length).toBeGreaterThan(0);
    expect(report.integrity[0]).not.toBe('ok');
    const target = path.join(path.dirname(database), 'copy.db');
    const backup = await btp(database, 'backup', target);
    expect(backup.code).not.toBe(0);
    expect(backup.stderr).toContain('database_corrupt');
    expect(existsSync(target)).toBe(false);
    expect(sha256(database)).toBe(before);
  });
});

describe('a store from a newer schema', () => {
  it('is refused by delete and left byte-identical; check names the unknown migration', async () => {
    const database = newerStore();
    const before = sha256(database);
    const deleted = await btp(database, 'delete', '1');
    expect(deleted.code).not.toBe(0);
    expect(deleted.stderr).toContain('database_newer_schema');
    expect(sha256(database)).toBe(before);
    const check = await btp(database, 'check', '--json');
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: false, integrity: ['ok'], schema: { unknown_migrations: 1 }, experiments: EXPERIMENTS });
    expect(sha256(database)).toBe(before);
  });
});

describe('a healthy store', () => {
  it('passes check, and backs up to a new file that checks out the same, never over an existing one', async () => {
    const database = healthyStore();
    const check = await btp(database, 'check', '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, integrity: ['ok'], schema: { unknown_migrations: 0, up_to_date: true }, experiments: EXPERIMENTS, results: 2 * EXPERIMENTS });
    const target = path.join(path.dirname(database), 'backup.db');
    const backup = await btp(database, 'backup', target, '--json');
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ kind: 'sqlite', file: target });
    const ofBackup = await btp(target, 'check', '--json');
    expect(JSON.parse(ofBackup.stdout)).toMatchObject({ ok: true, experiments: EXPERIMENTS, results: 2 * EXPERIMENTS });
    const again = await btp(database, 'backup', target);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('already exists');
  });
});
