import type { BestExperiment } from './best_experiment.js';
import type { BestQuery, ExperimentInput, SearchFilters } from './experiment_schemas.js';
import type { Experiment } from './get_experiment.js';
import type { ExperimentPage } from './search_experiments.js';

/** Where the experiments live: a SQLite file (the embedded default) or a PostgreSQL database (BTP_DATABASE_URL). */
export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/**
 * The experiment store, whatever holds it: every interface (CLI, agents' memory tools, the
 * save-run callback, the server) goes through this. Every method validates its input with the
 * store's zod schemas and fails with a typed BacktestPilotError (bad_request, bad_id, bad_date, experiment_not_found,
 * database_corrupt, database_newer_schema, database_read_only, database_unavailable).
 */
export interface ExperimentRepository {
  readonly location: StoreLocation;
  /** Saves one run and its result rows atomically. */
  save(input: ExperimentInput): Promise<{ id: number; timestamp: string }>;
  get(id: number): Promise<Experiment>;
  /** The ReportDocument saved with an experiment (JSON), or null when it was saved without one. */
  report(id: number): Promise<Record<string, unknown> | null>;
  /** Newest first, filtered, one page at a time; `now` anchors "the last N days". */
  search(filters?: SearchFilters, now?: number): Promise<ExperimentPage>;
  /** The single best result by a metric, or null (the query's `count` is ignored). */
  best(query: BestQuery, now?: number): Promise<BestExperiment | null>;
  /** The query's `count` best (or worst) results by a metric, from that end of the ranking; empty when none. */
  ranked(query: BestQuery, now?: number): Promise<BestExperiment[]>;
  delete(id: number): Promise<{ id: number; deleted: true }>;
  close(): Promise<void>;
}

/** The database URL with any password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

export function describeLocation(location: StoreLocation): string {
  return location.kind === 'sqlite' ? location.path : redactUrl(location.url);
}
