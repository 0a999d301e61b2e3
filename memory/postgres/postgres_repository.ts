import { eq } from 'drizzle-orm';
import { ExperimentInputSchema } from '../experiment_schemas.js';
import type { ExperimentRepository } from '../experiment_repository.js';
import { toExperiment } from '../get_experiment.js';
import { experimentNotFound, parseInput, readExperimentId } from '../parse_input.js';
import { experimentRow, resultRow } from '../save_experiment.js';
import { pgGetBestExperiment, pgGetRankedExperiments } from './pg_best_experiment.js';
import { pgSearchExperiments } from './pg_search_experiments.js';
import { withPostgresErrors } from './postgres_errors.js';
import { openPostgresStore, type PostgresStore } from './postgres_store.js';
import { experiment_reports, experiment_results, experiments } from './schema.js';

/** 21 columns × 1,000 rows stays far under Postgres's 65,535 bound parameters per statement. */
const RESULT_ROWS_PER_INSERT = 1_000;

/** The experiment store on PostgreSQL, for a server's instances to share (BTP_DATABASE_URL). */
export function postgresRepository(store: PostgresStore, url: string): ExperimentRepository {
  const guarded = <T>(step: () => Promise<T>) => withPostgresErrors(store.location, step);
  return {
    location: { kind: 'postgres', url },

    save: async (input) => {
      const experiment = parseInput(ExperimentInputSchema, input, 'experiment');
      const timestamp = experiment.timestamp ?? Date.now();
      // One transaction: a reader sees the whole experiment or none of it.
      const id = await guarded(() => store.db.transaction(async (tx) => {
        const [inserted] = await tx.insert(experiments).values(experimentRow(experiment, timestamp)).returning({ id: experiments.id });
        const experimentId = inserted!.id;
        for (let first = 0; first < experiment.results.length; first += RESULT_ROWS_PER_INSERT) {
          const chunk = experiment.results.slice(first, first + RESULT_ROWS_PER_INSERT);
          await tx.insert(experiment_results).values(chunk.map((result) => resultRow(experimentId, timestamp, result)));
        }
        if (experiment.report) await tx.insert(experiment_reports).values({ experiment_id: experimentId, document: experiment.report });
        return experimentId;
      }));
      return { id, timestamp: new Date(timestamp).toISOString() };
    },

    get: async (id) => {
      const experimentId = readExperimentId(id);
      const [row] = await guarded(() => store.db.select().from(experiments).where(eq(experiments.id, experimentId)));
      if (!row) throw experimentNotFound(experimentId, store.location);
      return toExperiment(row);
    },

    report: async (id) => {
      const experimentId = readExperimentId(id);
      const [row] = await guarded(() => store.db.select().from(experiment_reports).where(eq(experiment_reports.experiment_id, experimentId)));
      return row ? row.document : null;
    },

    search: (filters, now) => guarded(() => pgSearchExperiments(store, filters, now)),
    best: (query, now) => guarded(() => pgGetBestExperiment(store, query, now)),
    ranked: (query, now) => guarded(() => pgGetRankedExperiments(store, query, now)),

    delete: async (id) => {
      const experimentId = readExperimentId(id);
      const removed = await guarded(() => store.db.delete(experiments).where(eq(experiments.id, experimentId)).returning({ id: experiments.id }));
      if (removed.length === 0) throw experimentNotFound(experimentId, store.location);
      return { id: experimentId, deleted: true };
    },

    close: () => store.close(),
  };
}

export async function openPostgresRepository(url: string): Promise<ExperimentRepository> {
  return postgresRepository(await openPostgresStore(url), url);
}
