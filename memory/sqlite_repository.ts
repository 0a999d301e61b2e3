import { getBestExperiment, getRankedExperiments } from './best_experiment.js';
import { deleteExperiment } from './delete_experiment.js';
import type { ExperimentRepository } from './experiment_repository.js';
import { openExperimentStore, type ExperimentStore } from './experiment_store.js';
import { getExperiment } from './get_experiment.js';
import { getReportDocument } from './get_report_document.js';
import { saveExperiment } from './save_experiment.js';
import { searchExperiments } from './search_experiments.js';

/**
 * The embedded store: one SQLite file, opened (checked and migrated) once. better-sqlite3 is
 * synchronous and each call is a few milliseconds of indexed work, so the async methods run the
 * query in place; an error still surfaces as a rejected promise, like the Postgres store's.
 */
export function sqliteRepository(store: ExperimentStore): ExperimentRepository {
  const run = async <T>(step: () => T): Promise<T> => step();
  return {
    location: { kind: 'sqlite', path: store.path },
    save: (input) => run(() => saveExperiment(store, input)),
    get: (id) => run(() => getExperiment(store, id)),
    report: (id) => run(() => getReportDocument(store, id)),
    search: (filters, now) => run(() => searchExperiments(store, filters, now)),
    best: (query, now) => run(() => getBestExperiment(store, query, now)),
    ranked: (query, now) => run(() => getRankedExperiments(store, query, now)),
    delete: (id) => run(() => deleteExperiment(store, id)),
    close: () => run(() => store.close()),
  };
}

export function openSqliteRepository(databasePath: string): ExperimentRepository {
  return sqliteRepository(openExperimentStore(databasePath));
}
