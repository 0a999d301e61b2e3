import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import pg from 'pg';
import { appVersion, postgresMigrationsFolder } from '../../tools/package_root.js';
import { redactUrl } from '../experiment_repository.js';
import { applyPostgresMigrations } from './migrate.js';
import { withPostgresErrors } from './postgres_errors.js';
import * as schema from './schema.js';

export type PostgresDatabase = NodePgDatabase<typeof schema>;

export interface PostgresStore {
  /** The URL without its password: what messages show. */
  readonly location: string;
  readonly db: PostgresDatabase;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

/** Connections per process: the CLI uses one; a server's concurrent saves and reads share these. */
const POOL_SIZE = 10;
/** Nothing hangs: a server that does not answer fails the command in seconds. */
const CONNECT_TIMEOUT_MS = 5_000;
const STATEMENT_TIMEOUT_MS = 30_000;

export function readPostgresMigrations() {
  return readMigrationFiles({ migrationsFolder: postgresMigrationsFolder() });
}

/**
 * Connects to the Postgres experiment store at `url` and runs its migrations once, under the
 * advisory lock (memory/postgres/migrate.ts). Failures are typed: database_unavailable (no server,
 * no such database, refused login), database_newer_schema.
 */
export async function openPostgresStore(url: string): Promise<PostgresStore> {
  const location = redactUrl(url);
  const migrations = readPostgresMigrations();
  const pool = new pg.Pool({
    connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS, application_name: 'backtestpilot',
  });
  // An idle client that the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await withPostgresErrors(location, async () => {
      const client = await pool.connect();
      try {
        await applyPostgresMigrations(client, migrations, location, appVersion());
      } finally {
        client.release();
      }
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { location, db: drizzle(pool, { schema }), pool, close: () => pool.end() };
}
