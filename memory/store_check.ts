import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { BacktestPilotError } from '../tools/errors.js';
import { appVersion, migrationsFolder } from '../tools/package_root.js';
import { describeLocation, type StoreLocation } from './experiment_repository.js';
import { countUnknownMigrations, readMigrations } from './migrate.js';

/** What `btp experiments check` reports. */
export interface StoreCheck {
  kind: StoreLocation['kind'];
  /** The file, or the database URL without its password. */
  location: string;
  /** True when the integrity check passed and the schema is one this version knows (and is up to date). */
  ok: boolean;
  /** ["ok"], or the problems found (at most 20). */
  integrity: string[];
  schema: { applied_migrations: number; known_migrations: number; unknown_migrations: number; up_to_date: boolean; app_version: string };
  experiments: number | null;
  results: number | null;
}

const MAX_PROBLEMS = 20;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks the SQLite file without writing to it (opened read-only): SQLite's full integrity_check
 * (pages, records and every index against its table), then the schema version and the counts.
 */
function checkSqlite(databasePath: string): StoreCheck {
  if (!existsSync(databasePath)) {
    throw new BacktestPilotError('database_missing', `there is no experiment database at ${databasePath} yet; the first saved run creates it (BTP_DB names another file)`, { database: databasePath });
  }
  const known = readMigrations(migrationsFolder());
  const report: StoreCheck = {
    kind: 'sqlite', location: databasePath, ok: false, integrity: [],
    schema: { applied_migrations: 0, known_migrations: known.length, unknown_migrations: 0, up_to_date: false, app_version: appVersion() },
    experiments: null, results: null,
  };
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
    report.integrity = (sqlite.pragma(`integrity_check(${MAX_PROBLEMS})`) as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    const counts = countUnknownMigrations(sqlite, known);
    report.schema = { ...report.schema, applied_migrations: counts.applied, unknown_migrations: counts.unknown, up_to_date: counts.unknown === 0 && counts.applied === known.length };
    if (counts.applied > 0) {
      report.experiments = sqlite.prepare('SELECT count(*) FROM experiments').pluck().get() as number;
      report.results = sqlite.prepare('SELECT count(*) FROM experiment_results').pluck().get() as number;
    }
  } catch (error) {
    // A file that is not a database, or a page too damaged to read: that is the finding.
    if (report.integrity.length === 0 || report.integrity[0] === 'ok') report.integrity = [messageOf(error)];
    else report.integrity.push(messageOf(error));
  } finally {
    sqlite?.close();
  }
  report.ok = report.integrity.length === 1 && report.integrity[0] === 'ok' && report.schema.unknown_migrations === 0;
  return report;
}

/**
 * Checks the Postgres store: the server guards its own pages (and checksums them when the cluster
 * has data checksums on), so the check is the schema version plus the store's own invariants:
 * every result belongs to an experiment, every experiment has a first-ranked result.
 */
async function checkPostgres(url: string): Promise<StoreCheck> {
  const { default: pg } = await import('pg');
  const { readPostgresMigrations } = await import('./postgres/postgres_store.js');
  const { readPostgresSchemaState } = await import('./postgres/migrate.js');
  const { withPostgresErrors } = await import('./postgres/postgres_errors.js');
  const location = describeLocation({ kind: 'postgres', url });
  const known = readPostgresMigrations();
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => undefined);
  try {
    return await withPostgresErrors(location, async () => {
      const client = await pool.connect();
      try {
        const counts = await readPostgresSchemaState(client, known);
        const schema = { applied_migrations: counts.applied, known_migrations: known.length, unknown_migrations: counts.unknown, up_to_date: counts.unknown === 0 && counts.applied === known.length, app_version: appVersion() };
        if (counts.applied === 0) return { kind: 'postgres', location, ok: counts.unknown === 0, integrity: ['ok'], schema, experiments: null, results: null };
        const { rows: [facts] } = await client.query<{ experiments: string; results: string; orphans: string; headless: string }>(`
          SELECT (SELECT count(*) FROM experiments) AS experiments, (SELECT count(*) FROM experiment_results) AS results,
                 (SELECT count(*) FROM experiment_results r WHERE NOT EXISTS (SELECT 1 FROM experiments e WHERE e.id = r.experiment_id)) AS orphans,
                 (SELECT count(*) FROM experiments e WHERE NOT EXISTS (SELECT 1 FROM experiment_results r WHERE r.experiment_id = e.id AND r.rank = 1)) AS headless`);
        const problems: string[] = [];
        if (Number(facts!.orphans) > 0) problems.push(`${facts!.orphans} result row(s) belong to no experiment`);
        if (Number(facts!.headless) > 0) problems.push(`${facts!.headless} experiment(s) have no first-ranked result`);
        const integrity = problems.length === 0 ? ['ok'] : problems;
        return { kind: 'postgres', location, ok: problems.length === 0 && counts.unknown === 0, integrity, schema, experiments: Number(facts!.experiments), results: Number(facts!.results) };
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.end();
  }
}

/** `btp experiments check`: integrity and schema version of the configured store, read-only. */
export async function checkStore(location: StoreLocation): Promise<StoreCheck> {
  return location.kind === 'sqlite' ? checkSqlite(location.path) : checkPostgres(location.url);
}
