import type { PoolClient } from 'pg';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import { BacktestPilotError } from '../../tools/errors.js';

/** drizzle's bookkeeping table, in the public schema so `drizzle-kit migrate` and this runner agree. */
const MIGRATIONS_TABLE_DDL = 'CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)';

/**
 * The advisory lock every BackTestPilot instance takes to migrate (an arbitrary constant, the same
 * one, shared by every version). Transaction-scoped, so a crashed starter releases it.
 */
export const MIGRATION_LOCK_KEY = 0x4b1d_5a7e_0c3f_2e91n;

/**
 * Brings the database up to this version's migrations in ONE transaction under an advisory lock:
 * ten instances starting together queue on the lock, the first applies the migrations, the others
 * find them applied. DDL is transactional in Postgres, so a failed migration leaves nothing half
 * done. A database with a migration this version does not know is refused and left untouched.
 */
export async function applyPostgresMigrations(client: PoolClient, migrations: readonly MigrationMeta[], location: string, version: string): Promise<{ applied: number }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    await client.query(MIGRATIONS_TABLE_DDL);
    const { rows } = await client.query<{ created_at: string }>('SELECT created_at FROM "__drizzle_migrations"');
    const known = new Set(migrations.map((migration) => migration.folderMillis));
    const unknown = rows.filter((row) => !known.has(Number(row.created_at)));
    if (unknown.length > 0) throw newerSchema(location, version, unknown.length, rows.length, migrations.length);
    const done = new Set(rows.map((row) => Number(row.created_at)));
    let applied = 0;
    for (const migration of migrations) {
      if (done.has(migration.folderMillis)) continue;
      for (const statement of migration.sql) if (statement.trim() !== '') await client.query(statement);
      await client.query('INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES ($1, $2)', [migration.hash, migration.folderMillis]);
      applied += 1;
    }
    await client.query('COMMIT');
    return { applied };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** How many of the database's applied migrations this version knows, read-only (for `check`). */
export async function readPostgresSchemaState(client: PoolClient, migrations: readonly MigrationMeta[]): Promise<{ applied: number; unknown: number }> {
  const { rows: exists } = await client.query<{ present: boolean }>(`SELECT to_regclass('public.__drizzle_migrations') IS NOT NULL AS present`);
  if (!exists[0]?.present) return { applied: 0, unknown: 0 };
  const { rows } = await client.query<{ created_at: string }>('SELECT created_at FROM "__drizzle_migrations"');
  const known = new Set(migrations.map((migration) => migration.folderMillis));
  return { applied: rows.length, unknown: rows.filter((row) => !known.has(Number(row.created_at))).length };
}

function newerSchema(location: string, version: string, unknown: number, applied: number, known: number): BacktestPilotError {
  return new BacktestPilotError(
    'database_newer_schema',
    `the experiment database ${location} was written by a newer version of BackTestPilot: it has ${unknown} schema migration(s) ` +
      `that this version (${version}) does not know; it was left untouched: upgrade BackTestPilot, or point BTP_DATABASE_URL at another database`,
    { database: location, unknown_migrations: unknown, applied_migrations: applied, known_migrations: known, app_version: version },
  );
}
