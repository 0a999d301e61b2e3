import type { DateWindow } from '../tools/dates/date_window.js';
import { eq } from 'drizzle-orm';
import type { RequestSpec } from '../tools/request/request_spec.js';
import { withDatabaseErrors } from './database_errors.js';
import type { AgentTraceEntry, DataFileRecord, EngineSettingsRecord, StoredPortfolio, StoredResult } from './experiment_schemas.js';
import type { ExperimentStore } from './experiment_store.js';
import { experimentNotFound, readExperimentId } from './parse_input.js';
import { experiments } from './schema.js';

/** A saved experiment as every interface shows it (`btp experiments show --json`). */
export interface Experiment {
  id: number;
  /** ISO 8601, UTC. */
  timestamp: string;
  user_query: string;
  symbols: string[];
  strategies: string[];
  parameters: Record<string, Record<string, number>>;
  /** Ranked best first by `request_spec.rank_by`. */
  results: StoredResult[];
  /** Milliseconds. */
  execution_time: number;
  agent_trace: AgentTraceEntry[];
  request_spec: RequestSpec;
  run_window: DateWindow;
  data_files: DataFileRecord[];
  engine_settings: EngineSettingsRecord;
  optimization: Record<string, unknown> | null;
  /** The request's portfolio run as one account, or null when it asked for none. */
  portfolio: StoredPortfolio | null;
  app_version: string;
  session_id: string | null;
  rerun_of: number | null;
}

export function getExperiment(store: ExperimentStore, id: number): Experiment {
  const experimentId = readExperimentId(id);
  const row = withDatabaseErrors(store.path, () => store.db.select().from(experiments).where(eq(experiments.id, experimentId)).get());
  if (!row) throw experimentNotFound(experimentId, store.path);
  return toExperiment(row);
}

/** A stored row as users see it; the JSON columns were validated by ExperimentInputSchema when they were written. */
export function toExperiment(row: typeof experiments.$inferSelect): Experiment {
  return {
    ...row,
    timestamp: new Date(row.timestamp).toISOString(),
    results: row.results as StoredResult[],
    agent_trace: row.agent_trace as AgentTraceEntry[],
    request_spec: row.request_spec as RequestSpec,
    data_files: row.data_files as DataFileRecord[],
    engine_settings: row.engine_settings as EngineSettingsRecord,
    portfolio: row.portfolio as StoredPortfolio | null,
  };
}
