import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { BacktestPilotError } from '../tools/errors.js';

/** drizzle's own bookkeeping table, so `drizzle-kit migrate` and this runner agree on what ran. */
const MIGRATIONS_TABLE_DDL = 'CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)';

interface AppliedMigration {
  hash: string;
  created_at: number;
}

/** How many applied migrations this version does not know (0 for a new file), without writing anything. */
export function countUnknownMigrations(sqlite: Database.Database, migrations: readonly MigrationMeta[]): { applied: number; unknown: number } {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get();
  if (table === undefined) return { applied: 0, unknown: 0 };
  const applied = sqlite.prepare('SELECT created_at FROM "__drizzle_migrations"').all() as Array<Pick<AppliedMigration, 'created_at'>>;
  const known = new Set(migrations.map((migration) => migration.folderMillis));
  return { applied: applied.length, unknown: applied.filter((row) => !known.has(Number(row.created_at))).length };
}

export function newerSchemaError(databasePath: string, version: string, counts: { applied: number; unknown: number }, known: number): BacktestPilotError {
  return new BacktestPilotError(
    'database_newer_schema',
    `the experiment database ${databasePath} was written by a newer version of BackTestPilot: it has ` +
      `${counts.unknown} schema migration(s) that this version (${version}) does not know; ` +
      'it was left untouched: upgrade BackTestPilot, or point BTP_DB at another file',
    { database: databasePath, unknown_migrations: counts.unknown, applied_migrations: counts.applied, known_migrations: known, app_version: version },
  );
}

export function readMigrations(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder });
}

/**
 * Brings the database up to the migrations this version ships, in one IMMEDIATE transaction: the
 * write lock is taken before anything is read, so two processes opening a new file at once cannot
 * both apply the same migration (drizzle's own migrate reads first and would race). Migrations are
 * matched by their journal time (`created_at`), which line endings cannot change. A database that
 * has a migration this version does not know was written by a newer version: refused, untouched.
 */
export function applyMigrations(sqlite: Database.Database, migrations: readonly MigrationMeta[], databasePath: string, version: string): void {
  const migrate = sqlite.transaction(() => {
    sqlite.exec(MIGRATIONS_TABLE_DDL);
    const applied = sqlite.prepare('SELECT hash, created_at FROM "__drizzle_migrations"').all() as AppliedMigration[];
    const known = new Set(migrations.map((migration) => migration.folderMillis));
    const unknown = applied.filter((row) => !known.has(Number(row.created_at)));
    if (unknown.length > 0) throw newerSchemaError(databasePath, version, { applied: applied.length, unknown: unknown.length }, migrations.length);
    const done = new Set(applied.map((row) => Number(row.created_at)));
    const record = sqlite.prepare('INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)');
    for (const migration of migrations) {
      if (done.has(migration.folderMillis)) continue;
      for (const statement of migration.sql) if (statement.trim() !== '') sqlite.exec(statement);
      record.run(migration.hash, migration.folderMillis);
    }
  });
  migrate.immediate();
}
