/**
 * A fresh PostgreSQL database per test file, dropped when the file's tests end. The server is the
 * local one (BTP_TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres, trust
 * auth). When no server answers, `postgresAvailable` is false and the Postgres suites are skipped
 * with a message saying so; every other failure fails the tests.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';

export const ADMIN_URL = process.env.BTP_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function probe(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const unreachable = await probe();
export const postgresAvailable = unreachable === undefined;
if (!postgresAvailable) {
  process.stderr.write(`\n[postgres] SKIPPED: no PostgreSQL server answers at ${ADMIN_URL} (${unreachable}); the Postgres store tests did not run.\n`);
}

const created: string[] = [];

async function admin<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a unique name and returns its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const name = `btp_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

afterAll(async () => {
  if (created.length === 0) return;
  const names = created.splice(0);
  // WITH (FORCE) ends connections a failed test left open (Postgres 13+).
  await admin(async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});
