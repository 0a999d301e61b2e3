import { eq } from 'drizzle-orm';
import { withDatabaseErrors } from './database_errors.js';
import type { ExperimentStore } from './experiment_store.js';
import { readExperimentId } from './parse_input.js';
import { experiment_reports } from './schema.js';

/** The report document saved with an experiment, or null for experiments saved before reports were kept. */
export function getReportDocument(store: ExperimentStore, id: number): Record<string, unknown> | null {
  const experimentId = readExperimentId(id);
  const row = withDatabaseErrors(store.path, () => store.db.select().from(experiment_reports).where(eq(experiment_reports.experiment_id, experimentId)).get());
  return row ? row.document : null;
}
