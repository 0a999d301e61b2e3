import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { BacktestPilotError } from '../tools/errors.js';
import { withDatabaseErrors } from './database_errors.js';
import { applyMigrations, countUnknownMigrations, newerSchemaError, readMigrations } from './migrate.js';
import { appVersion, migrationsFolder } from '../tools/package_root.js';
import * as schema from './schema.js';
import { switchToWal } from './sqlite_wal.js';

export type ExperimentDatabase = BetterSQLite3Database<typeof schema>;

/** An open experiment database; every query function in memory/ takes one. */
export interface ExperimentStore {
  readonly path: string;
  readonly db: ExperimentDatabase;
  /** The raw driver, for transactions that must be IMMEDIATE. */
  readonly sqlite: Database.Database;
  close(): void;
}

/** How long a writer waits for another process's transaction before giving up with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Page-level settings. WAL lets readers run beside a writer and makes each commit one append; NORMAL
 * sync in WAL mode cannot corrupt the file (a power cut loses at most the last commits, never an
 * earlier experiment). The larger checkpoint interval and page cache keep the many small index
 * writes of a save off the disk's critical path.
 */
function configure(sqlite: Database.Database, databasePath: string): void {
  const mode = switchToWal(sqlite, BUSY_TIMEOUT_MS);
  if (mode !== 'wal') {
    throw new BacktestPilotError(
      'database_read_only',
      `the experiment database ${databasePath} cannot switch to WAL mode (it stays in "${String(mode)}" mode), so it cannot be written safely; ` +
        'make the file and its folder writable, or point BTP_DB at a writable path',
      { database: databasePath, journal_mode: String(mode) },
    );
  }
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('wal_autocheckpoint = 4000');
  sqlite.pragma('cache_size = -32768');
}

/** How many problems a failed integrity check lists in its error. */
const MAX_LISTED_PROBLEMS = 20;

/**
 * SQLite's quick_check (every page and record well-formed; O(pages), no index cross-check) before
 * anything else touches the file: no journal-mode switch, no migration, no write ever reaches a file
 * that fails it, so a damaged store stays byte-identical for whoever repairs it.
 */
function assertIntact(sqlite: Database.Database, databasePath: string): void {
  const problems = (sqlite.pragma(`quick_check(${MAX_LISTED_PROBLEMS})`) as Array<{ quick_check: string }>).map((row) => row.quick_check);
  if (problems.length === 1 && problems[0] === 'ok') return;
  throw new BacktestPilotError(
    'database_corrupt',
    `the experiment database ${databasePath} fails SQLite's integrity check (${problems[0] ?? 'no answer'}${problems.length > 1 ? `, and ${problems.length - 1} more` : ''}); ` +
      'it was left untouched: restore it from a backup (btp experiments backup makes one), or point BTP_DB at another file to start a new store',
    { database: databasePath, problems },
  );
}

/**
 * Opens (creating and migrating on first use) the SQLite experiment store at `databasePath`. A file
 * from a newer schema, a file that is not a database, or a path that cannot be written gives a typed
 * error (database_newer_schema, database_corrupt, database_read_only); the file is never reset, and
 * a file that fails the integrity check is not written at all.
 */
export function openExperimentStore(databasePath: string): ExperimentStore {
  const resolved = path.resolve(databasePath);
  const migrations = readMigrations(migrationsFolder());
  return withDatabaseErrors(resolved, () => {
    mkdirSync(path.dirname(resolved), { recursive: true });
    const sqlite = new Database(resolved, { timeout: BUSY_TIMEOUT_MS });
    try {
      assertIntact(sqlite, resolved);
      // Refused before the journal-mode switch, which would rewrite the header of a non-WAL file.
      const counts = countUnknownMigrations(sqlite, migrations);
      if (counts.unknown > 0) throw newerSchemaError(resolved, appVersion(), counts, migrations.length);
      configure(sqlite, resolved);
      applyMigrations(sqlite, migrations, resolved, appVersion());
    } catch (error) {
      sqlite.close();
      throw error;
    }
    return { path: resolved, db: drizzle(sqlite, { schema }), sqlite, close: () => sqlite.close() };
  });
}
