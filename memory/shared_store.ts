import path from 'node:path';
import { openExperimentStore, type ExperimentStore } from './experiment_store.js';

const stores = new Map<string, ExperimentStore>();

/**
 * One open store per database file for the whole process, so the agents and their tools do not
 * reopen (and re-check the migrations of) the file on every run. A file that fails to open is not
 * remembered: the next use tries again and reports the same clear error.
 */
export function sharedExperimentStore(databasePath: string): ExperimentStore {
  const resolved = path.resolve(databasePath);
  let store = stores.get(resolved);
  if (!store) {
    store = openExperimentStore(resolved);
    stores.set(resolved, store);
  }
  return store;
}

/** Closes every shared store (checkpointing the WAL into the file); for commands that end. */
export function closeSharedExperimentStores(): void {
  for (const store of stores.values()) store.close();
  stores.clear();
}
