import type { SingleAgentCallback } from '@google/adk';
import { buildAgentTrace } from '../../memory/agent_trace.js';
import { isBacktestPilotError } from '../../tools/errors.js';
import { appVersion } from '../../tools/package_root.js';
import { runState } from '../tools/run_values.js';
import { STATE } from '../tools/session_state.js';
import { readState, writeState } from '../tools/state_key.js';
import { experimentFromRun } from './experiment_from_run.js';
import { storeLocationOf } from '../../memory/open_repository.js';
import { sharedExperimentRepository } from '../../memory/shared_repository.js';

export interface SaveRunOptions {
  databasePath: string;
  /** Postgres (BTP_DATABASE_URL), which takes precedence over the SQLite file. */
  databaseUrl?: string | undefined;
  riskFreeRate: number;
  /** Epoch ms the experiment is saved at. */
  now: () => number;
}

function userTextOf(parts: ReadonlyArray<{ text?: string }> | undefined): string {
  return (parts ?? []).map((part) => part.text ?? '').join('').trim();
}

/**
 * The pipeline's after-agent callback: saves the run that just finished, with its agent trace, as
 * an experiment. The outcome goes to session state (`experiment`: {id} or {error}) rather than into
 * the conversation, so the report stays the answer; a store that cannot be written (read-only,
 * corrupt, newer schema) is reported there with its code instead of failing the user's run.
 */
export function createSaveRunCallback(options: SaveRunOptions): SingleAgentCallback {
  return async (context) => {
    const events = context.invocationContext.session.events;
    // A turn in which the model failed is not a run: its results may be partial, its report missing.
    if (events.some((event) => event.invocationId === context.invocationId && event.errorCode)) return undefined;
    // A search queued on the fleet is saved by the workers that finish its sweeps; now it would be a half run.
    if (readState(runState(context), STATE.queuedSearch)) return undefined;
    const trace = buildAgentTrace(events, context.invocationId);
    const experiment = experimentFromRun(runState(context), {
      agentTrace: trace.entries,
      // A duration against ADK's event timestamps, which are real time: measured on the real clock.
      executionTime: trace.startedAt === undefined ? 0 : Date.now() - trace.startedAt,
      riskFreeRate: options.riskFreeRate,
      appVersion: appVersion(),
      sessionId: context.sessionId,
      userText: userTextOf(context.userContent?.parts),
    });
    if (!experiment) return undefined;
    try {
      const repository = await sharedExperimentRepository(storeLocationOf(options));
      const saved = await repository.save({ ...experiment, timestamp: options.now() });
      writeState(context.state, STATE.experiment, { id: saved.id });
    } catch (error) {
      if (!isBacktestPilotError(error)) throw error;
      writeState(context.state, STATE.experiment, { error: error.toJSON() });
    }
    return undefined;
  };
}
