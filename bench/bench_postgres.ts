import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The local server the benches store in (BTP_BENCH_POSTGRES_URL; trust auth on loopback here and in CI). */
export const BENCH_POSTGRES_ADMIN_URL = process.env.BTP_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for one bench run and how to drop it, or why none could be made (no server answering). */
export async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> } | { unavailable: string }> {
  const name = `btp_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  try {
    await admin(`CREATE DATABASE "${name}"`);
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
  const url = new URL(BENCH_POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
