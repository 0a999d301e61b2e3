/**
 * What only the Postgres store has to prove: start-up migrations under the advisory lock, a newer
 * schema left alone, an unreachable server named clearly, and ADK sessions beside the experiments.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresRepository } from '../../memory/postgres/postgres_repository.js';
import { readPostgresMigrations } from '../../memory/postgres/postgres_store.js';
import { startSessionService } from '../../agents/runtime/session_service.js';
import { experimentInput } from './fixtures.js';
import { freshPostgresDatabase, postgresAvailable } from './postgres_database.js';

const suite = postgresAvailable ? describe : describe.skip;

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

suite('the Postgres experiment store', () => {
  it('lets ten instances start together on a fresh database: the migrations run once, nobody fails', async () => {
    const url = await freshPostgresDatabase();
    const repositories = await Promise.all(Array.from({ length: 10 }, () => openPostgresRepository(url)));
    try {
      const migrations = await query<{ created_at: string }>(url, 'SELECT created_at FROM "__drizzle_migrations"');
      expect(migrations.map((row) => Number(row.created_at))).toEqual(readPostgresMigrations().map((migration) => migration.folderMillis));
      const saved = await Promise.all(repositories.map((repository, index) => repository.save(experimentInput([{ symbol: 'BTC', metrics: { sharpe_ratio: index } }]))));
      expect(new Set(saved.map((one) => one.id)).size).toBe(10);
      expect((await repositories[0]!.search({ limit: 100 })).total).toBe(10);
    } finally {
      await Promise.all(repositories.map((repository) => repository.close()));
    }
  });

  it('upgrades a database an earlier version made: the baseline column is added and filled from the saved results', async () => {
    const url = await freshPostgresDatabase();
    const first = await openPostgresRepository(url);
    await first.save(experimentInput([{ symbol: 'ETH', metrics: { sharpe_ratio: 1 } }, { symbol: 'ETH', strategy: 'buy_and_hold', params: {}, baseline: true, metrics: { sharpe_ratio: 3 } }]));
    await first.close();
    // As the version before the column left it: no column, and its two migrations not applied.
    const [added, backfill] = readPostgresMigrations().filter((migration) => migration.sql.some((statement) => statement.includes('"baseline"')));
    await query(url, 'ALTER TABLE "experiment_results" DROP COLUMN "baseline"');
    await query(url, `DELETE FROM "__drizzle_migrations" WHERE created_at IN (${added!.folderMillis}, ${backfill!.folderMillis})`);
    const upgraded = await openPostgresRepository(url);
    try {
      expect(await query(url, 'SELECT strategy, baseline FROM experiment_results ORDER BY rank')).toEqual([
        { strategy: 'sma_crossover', baseline: false }, { strategy: 'buy_and_hold', baseline: true },
      ]);
      expect((await upgraded.best({ metric: 'sharpe_ratio' }))!.result.strategy).toBe('sma_crossover');
    } finally {
      await upgraded.close();
    }
  });

  it('refuses a database from a newer schema and changes nothing in it', async () => {
    const url = await freshPostgresDatabase();
    const first = await openPostgresRepository(url);
    await first.save(experimentInput([{ symbol: 'ETH' }]));
    await first.close();
    await query(url, `INSERT INTO "__drizzle_migrations" (hash, created_at) VALUES ('from-the-future', 4102444800000)`);
    const before = await query(url, 'SELECT (SELECT count(*) FROM experiments) AS experiments, (SELECT count(*) FROM "__drizzle_migrations") AS migrations');
    await expect(openPostgresRepository(url)).rejects.toMatchObject({ code: 'database_newer_schema', details: { unknown_migrations: 1 } });
    expect(await query(url, 'SELECT (SELECT count(*) FROM experiments) AS experiments, (SELECT count(*) FROM "__drizzle_migrations") AS migrations')).toEqual(before);
  });

  it('names an unreachable server or a missing database as database_unavailable, without the password', async () => {
    await expect(openPostgresRepository('postgres://postgres:s3cret@127.0.0.1:1/none')).rejects.toMatchObject({
      code: 'database_unavailable', message: expect.not.stringContaining('s3cret'),
    });
    await expect(openPostgresRepository('postgres://postgres@127.0.0.1:5432/btp_no_such_database')).rejects.toMatchObject({ code: 'database_unavailable', details: { postgres_code: '3D000' } });
  });

  it('keeps ADK sessions in the same database: created by one instance, resumed by another', async () => {
    const url = await freshPostgresDatabase();
    const repository = await openPostgresRepository(url);
    const starters = await Promise.all(Array.from({ length: 4 }, () => startSessionService(url)));
    try {
      const [first, second] = starters;
      const session = await first!.service.createSession({ appName: 'backtestpilot', userId: 'alice', state: { note: 'kept' } });
      await repository.save(experimentInput([{ symbol: 'SOL' }], { sessionId: session.id }));
      const again = await second!.service.getSession({ appName: 'backtestpilot', userId: 'alice', sessionId: session.id });
      expect(again?.state).toMatchObject({ note: 'kept' });
      expect((await repository.search({})).experiments[0]).toMatchObject({ session_id: session.id, symbols: ['SOL'] });
      const tables = await query<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
      expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(['experiments', 'experiment_results', 'sessions', 'events']));
    } finally {
      await Promise.all(starters.map((handle) => handle.close()));
      await repository.close();
    }
  });
});
