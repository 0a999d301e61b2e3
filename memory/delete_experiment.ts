import { eq } from 'drizzle-orm';
import { withDatabaseErrors } from './database_errors.js';
import type { ExperimentStore } from './experiment_store.js';
import { experimentNotFound, readExperimentId } from './parse_input.js';
import { experiments } from './schema.js';

/** Deletes one experiment; its result rows go with it (ON DELETE CASCADE, in the same statement). */
export function deleteExperiment(store: ExperimentStore, id: number): { id: number; deleted: true } {
  const experimentId = readExperimentId(id);
  const removed = withDatabaseErrors(store.path, () => store.db.transaction(
    (tx) => tx.delete(experiments).where(eq(experiments.id, experimentId)).returning({ id: experiments.id }).all(),
    { behavior: 'immediate' },
  ));
  if (removed.length === 0) throw experimentNotFound(experimentId, store.path);
  return { id: experimentId, deleted: true };
}
