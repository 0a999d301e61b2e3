import path from 'node:path';
import type { ExperimentRepository, StoreLocation } from './experiment_repository.js';
import { openExperimentRepository } from './open_repository.js';
import { closeSharedExperimentStores, sharedExperimentStore } from './shared_store.js';
import { sqliteRepository } from './sqlite_repository.js';

const repositories = new Map<string, Promise<ExperimentRepository>>();

const keyOf = (location: StoreLocation) => (location.kind === 'sqlite' ? `sqlite:${path.resolve(location.path)}` : `postgres:${location.url}`);

/**
 * One open repository per store for the whole process (the agents' tools, the save-run callback,
 * the server), so nothing reconnects or re-runs the migrations per call. A store that fails to open
 * is forgotten: the next use tries again and reports the same clear error.
 */
export function sharedExperimentRepository(location: StoreLocation): Promise<ExperimentRepository> {
  if (location.kind === 'sqlite') return Promise.resolve().then(() => sqliteRepository(sharedExperimentStore(location.path)));
  const key = keyOf(location);
  let opening = repositories.get(key);
  if (!opening) {
    opening = openExperimentRepository(location);
    repositories.set(key, opening);
    opening.catch(() => repositories.delete(key));
  }
  return opening;
}

/** Closes every shared store and connection pool; for commands and servers that end. */
export async function closeSharedExperimentRepositories(): Promise<void> {
  const open = [...repositories.values()];
  repositories.clear();
  closeSharedExperimentStores();
  await Promise.all(open.map(async (opening) => (await opening.catch(() => undefined))?.close()));
}
