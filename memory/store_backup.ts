import { execFile } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { BacktestPilotError } from '../tools/errors.js';
import { withDatabaseErrors } from './database_errors.js';
import { redactUrl, type StoreLocation } from './experiment_repository.js';

export interface StoreBackup {
  kind: StoreLocation['kind'];
  /** The backup written. */
  file: string;
  bytes: number;
  /** How it was made, and how to restore it. */
  how: string;
}

/** pg_dump of a large store over a slow link still ends; nothing waits forever. */
const PG_DUMP_TIMEOUT_MS = 30 * 60_000;

function refuseExisting(file: string): void {
  if (existsSync(file)) {
    throw new BacktestPilotError('file_exists', `${file} already exists; a backup never overwrites a file: name a new one`, { file });
  }
}

/**
 * SQLite's online backup API: a consistent copy page by page while other processes keep reading
 * and writing. Written to "<file>.partial" and renamed when complete, so an interrupted backup
 * never looks like a good one. A source that fails quick_check is refused: a page copy would carry
 * the damage, and the file itself should be copied as it is (cp) before any repair.
 */
async function backupSqlite(databasePath: string, file: string): Promise<StoreBackup> {
  if (!existsSync(databasePath)) throw new BacktestPilotError('database_missing', `there is no experiment database at ${databasePath} to back up`, { database: databasePath });
  const partial = `${file}.partial`;
  const source = withDatabaseErrors(databasePath, () => new Database(databasePath, { readonly: true, fileMustExist: true }));
  try {
    const problems = withDatabaseErrors(databasePath, () => (source.pragma('quick_check(5)') as Array<{ quick_check: string }>).map((row) => row.quick_check));
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new BacktestPilotError('database_corrupt', `the experiment database ${databasePath} fails SQLite's integrity check (${problems[0]}); a page-by-page backup would copy the damage: copy the file itself (cp) before any repair`, { database: databasePath, problems });
    }
    await source.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof BacktestPilotError) throw error;
    throw new BacktestPilotError('backup_failed', `the backup to ${file} failed (${error instanceof Error ? error.message : String(error)}); nothing was written there`, { file });
  } finally {
    source.close();
  }
  renameSync(partial, file);
  return { kind: 'sqlite', file, bytes: statSync(file).size, how: `SQLite online backup; restore by pointing BTP_DB at ${file} (or copying it over the store while nothing runs)` };
}

/** pg_dump in its custom format (what pg_restore reads); the password goes through PGPASSWORD, never argv. */
async function backupPostgres(url: string, file: string): Promise<StoreBackup> {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const command = `pg_dump --format=custom --file=${file} --dbname=${redactUrl(url)}`;
  try {
    await promisify(execFile)('pg_dump', ['--format=custom', `--file=${file}.partial`, `--dbname=${parsed.toString()}`], {
      timeout: PG_DUMP_TIMEOUT_MS, env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    });
  } catch (error) {
    rmSync(`${file}.partial`, { force: true });
    const missing = (error as { code?: unknown }).code === 'ENOENT';
    throw new BacktestPilotError(
      'backup_failed',
      missing
        ? `pg_dump is not installed here; back up the Postgres store with: ${command}`
        : `pg_dump failed (${(error as { stderr?: string }).stderr?.trim() || (error instanceof Error ? error.message : String(error))}); nothing was written to ${file}`,
      { file, command },
    );
  }
  renameSync(`${file}.partial`, file);
  return { kind: 'postgres', file, bytes: statSync(file).size, how: `pg_dump custom format; restore with: pg_restore --dbname=<an empty database> ${file}` };
}

/** `btp experiments backup <file>`: a consistent copy of the configured store, taken while it stays in use. */
export async function backupStore(location: StoreLocation, target: string): Promise<StoreBackup> {
  const file = path.resolve(target);
  refuseExisting(file);
  return location.kind === 'sqlite' ? backupSqlite(location.path, file) : backupPostgres(location.url, file);
}
