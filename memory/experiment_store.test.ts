import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { experimentInput } from '../test/memory/fixtures.js';
import { tempDatabasePath } from '../test/memory/temp_database.js';
import { BacktestPilotError } from '../tools/errors.js';
import { openExperimentStore } from './experiment_store.js';
import { getExperiment } from './get_experiment.js';
import { readMigrations } from './migrate.js';
import { migrationsFolder } from '../tools/package_root.js';
import { saveExperiment } from './save_experiment.js';
import { searchExperiments } from './search_experiments.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function errorOf(action: () => unknown): BacktestPilotError {
  try {
    action();
  } catch (error) {
    if (error instanceof BacktestPilotError) return error;
    throw error;
  }
  throw new Error('expected a BacktestPilotError, nothing was thrown');
}

describe('opening the store', () => {
  it('creates the folder and the file, switches to WAL and applies every committed migration once', () => {
    const file = path.join(path.dirname(tempDatabasePath()), 'nested', 'deeper', 'experiments.db');
    const store = openExperimentStore(file);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['__drizzle_migrations', 'experiment_results', 'experiments']));
    store.close();
    const reopened = openExperimentStore(file);
    const applied = reopened.sqlite.prepare('SELECT count(*) FROM "__drizzle_migrations"').pluck().get();
    expect(applied).toBe(readMigrations(migrationsFolder()).length);
    reopened.close();
  });

  it('upgrades a file an earlier version made: the new migrations run, the experiments stay', () => {
    // A store as the first release left it: only migration 0000 (no indexes on the other metrics, no report table).
    const file = tempDatabasePath();
    const store = openExperimentStore(file);
    const saved = saveExperiment(store, experimentInput([{ symbol: 'BTC', metrics: { sortino_ratio: 1.7 } }, { symbol: 'BTC', strategy: 'buy_and_hold', params: {}, baseline: true }]));
    const [first, ...later] = readMigrations(migrationsFolder());
    // Every later migration so far only adds indexes, tables and columns: undo them.
    const created = (kind: string) => later.flatMap((migration) => migration.sql.flatMap((statement) => [...statement.matchAll(new RegExp(`CREATE ${kind} \`(\\w+)\``, 'g'))].map((match) => match[1]!)));
    const laterIndexes = created('INDEX');
    const laterTables = created('TABLE');
    expect(laterTables).toEqual(['experiment_reports']);
    expect(laterIndexes).toEqual(expect.arrayContaining(['experiment_results_sortino_idx', 'experiment_results_symbol_sortino_idx']));
    for (const name of laterIndexes) store.sqlite.exec(`DROP INDEX "${name}"`);
    for (const name of laterTables) store.sqlite.exec(`DROP TABLE "${name}"`);
    const laterColumns = later.flatMap((migration) => migration.sql.flatMap((statement) => [...statement.matchAll(/ALTER TABLE `(\w+)` ADD `(\w+)`/g)].map((match) => [match[1]!, match[2]!] as const)));
    expect(laterColumns).toEqual([['experiments', 'portfolio'], ['experiment_results', 'baseline']]);
    for (const [table, column] of laterColumns) store.sqlite.exec(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
    store.sqlite.prepare('DELETE FROM "__drizzle_migrations" WHERE created_at > ?').run(first!.folderMillis);
    store.close();

    const upgraded = openExperimentStore(file);
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM "__drizzle_migrations"').pluck().get()).toBe(1 + later.length);
    expect(upgraded.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all()).toEqual(expect.arrayContaining(laterIndexes));
    expect(upgraded.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(expect.arrayContaining(laterTables));
    expect(searchExperiments(upgraded).experiments.map((experiment) => experiment.id)).toEqual([saved.id]);
    expect(getExperiment(upgraded, saved.id).portfolio).toBeNull();
    // The baseline column is filled from the results the experiment kept as JSON.
    expect(upgraded.sqlite.prepare('SELECT strategy, baseline FROM experiment_results ORDER BY rank').all())
      .toEqual([{ strategy: 'sma_crossover', baseline: 0 }, { strategy: 'buy_and_hold', baseline: 1 }]);
    upgraded.close();
  });

  it('keeps every experiment across close and reopen', () => {
    const file = tempDatabasePath();
    const store = openExperimentStore(file);
    const first = saveExperiment(store, experimentInput([{ symbol: 'BTC' }]));
    const second = saveExperiment(store, experimentInput([{ symbol: 'ETH' }]));
    store.close();
    const reopened = openExperimentStore(file);
    expect(searchExperiments(reopened).experiments.map((experiment) => experiment.id).sort()).toEqual([first.id, second.id].sort());
    reopened.close();
  });
});

describe('a database it cannot use is refused with a clear error and left untouched', () => {
  it('refuses a file written by a newer schema (a migration this version does not know)', () => {
    const file = tempDatabasePath();
    const store = openExperimentStore(file);
    saveExperiment(store, experimentInput([{}]));
    store.close();
    const newer = new Database(file);
    newer.prepare('INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)').run('f'.repeat(64), 4_102_444_800_000);
    newer.close();
    const before = sha256(file);
    const error = errorOf(() => openExperimentStore(file));
    expect(error.code).toBe('database_newer_schema');
    expect(error.message).toContain(file);
    expect(error.message).toContain('newer version');
    expect(sha256(file)).toBe(before);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM experiments').pluck().get()).toBe(1);
    raw.close();
  });

  it('refuses a file that is not a SQLite database', () => {
    const file = tempDatabasePath('notes.db');
    writeFileSync(file, 'these are my trading notes, not a database\n'.repeat(200));
    const before = sha256(file);
    const error = errorOf(() => openExperimentStore(file));
    expect(error.code).toBe('database_corrupt');
    expect(error.message).toContain(file);
    expect(error.message).toContain('left untouched');
    expect(sha256(file)).toBe(before);
  });

  it('reports damaged pages of a real store as database_corrupt when a query reaches them', () => {
    const file = tempDatabasePath();
    const store = openExperimentStore(file);
    for (let index = 0; index < 40; index++) saveExperiment(store, experimentInput([{ symbol: 'BTC' }, { symbol: 'ETH' }]));
    store.close(); // checkpoints the WAL into the file
    const pageSize = 4096;
    const pages = statSync(file).size / pageSize;
    const handle = openSync(file, 'r+');
    // Every page but the header page: the schema survives, every table and index is garbage.
    for (let page = 1; page < pages; page++) writeSync(handle, Buffer.alloc(pageSize, 0xa5), 0, pageSize, page * pageSize);
    closeSync(handle);
    const error = errorOf(() => {
      const damaged = openExperimentStore(file);
      try {
        searchExperiments(damaged);
      } finally {
        damaged.close();
      }
    });
    expect(error.code).toBe('database_corrupt');
  });
});
