import { hostname } from 'node:os';
import { basename } from 'node:path';
import { describeLocation, type ExperimentRepository, type StoreLocation } from '../memory/experiment_repository.js';
import type { Experiment } from '../memory/get_experiment.js';
import { BacktestPilotError, isBacktestPilotError } from '../tools/errors.js';
import type { SweepRecord } from './sweep_registry.js';

/**
 * A store as a sweep records and names it: a PostgreSQL URL (password hidden) names one database
 * wherever it is read from; a SQLite file only means something on its machine, so the host is named
 * with it, and only the file's name, since answers never carry paths.
 */
export function experimentStoreOf(location: StoreLocation): string {
  return location.kind === 'postgres' ? `PostgreSQL ${describeLocation(location)}` : `SQLite file ${basename(location.path)} on ${hostname()}`;
}

/**
 * The experiment a finished optimisation sweep was saved as, read from this caller's store. Ids are
 * per store: when the worker saved it elsewhere (another SQLite file, another database), this
 * store's experiment of that id is another run, so the answer is sweep_store_mismatch, never it.
 */
export async function sweepExperiment(record: SweepRecord, repository: ExperimentRepository): Promise<Experiment> {
  const id = record.experiment_id;
  if (id === undefined) {
    throw new BacktestPilotError('sweep_failed', `sweep ${record.id} finished without a saved experiment${record.error ? ` (${record.error})` : ''}`, { sweep: record.id });
  }
  const here = experimentStoreOf(repository.location);
  const elsewhere = (): BacktestPilotError => new BacktestPilotError('sweep_store_mismatch',
    `sweep ${record.id} was saved as experiment #${id} in ${record.experiment_store ?? 'the store of the worker that ran it'}, not in this store (${here}): ` +
    'give btp workers and their readers the same store (BTP_DATABASE_URL to one PostgreSQL database, or one BTP_DB file on one machine)',
    { sweep: record.id, experiment_id: id, ...(record.experiment_store ? { saved_in: record.experiment_store } : {}), store: here });
  let experiment: Experiment;
  try {
    experiment = await repository.get(id);
  } catch (error) {
    if (isBacktestPilotError(error) && error.code === 'experiment_not_found') throw elsewhere();
    throw error;
  }
  // The same id in another store is another run: its saving time tells them apart.
  if (record.experiment_created_at !== undefined && Date.parse(experiment.timestamp) !== Date.parse(record.experiment_created_at)) throw elsewhere();
  return experiment;
}
