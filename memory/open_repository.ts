import type { ExperimentRepository, StoreLocation } from './experiment_repository.js';
import { openSqliteRepository } from './sqlite_repository.js';

/** The store the configuration names: Postgres when BTP_DATABASE_URL is set, else the SQLite file BTP_DB. */
export function storeLocationOf(config: { databasePath: string; databaseUrl?: string | undefined }): StoreLocation {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'sqlite', path: config.databasePath };
}

/**
 * Opens the repository at `location`, creating and migrating the store on first use. The Postgres
 * driver loads only when asked for, so the embedded CLI does not pay for it.
 */
export async function openExperimentRepository(location: StoreLocation): Promise<ExperimentRepository> {
  if (location.kind === 'sqlite') return openSqliteRepository(location.path);
  const { openPostgresRepository } = await import('./postgres/postgres_repository.js');
  return openPostgresRepository(location.url);
}
