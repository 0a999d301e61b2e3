import { STATE_KEYS, type SessionState, type ToolSession } from './session_state.js';

/**
 * The bulky values of one run stay in this process, with the agents of the invocation that made
 * them, instead of in session state: state is persisted with every event and sent back with every
 * `/run`. With the results' equity curves, positions and trades, the optimiser's trials and the
 * report's chart series in it, one turn of the README's request answered 1.9 MB and grew its
 * session by as much. They outlive the turn where they belong: the experiment store (results,
 * report document) and the artifact service (report.html, charts). State keeps a small stand-in,
 * so a reader of the session sees that the run made them and how many.
 */
const BULKY_KEYS: ReadonlySet<string> = new Set([
  STATE_KEYS.backtestResults, STATE_KEYS.portfolio, STATE_KEYS.ranking, STATE_KEYS.optimization, STATE_KEYS.weightSearch,
  // Not bulky, but it names where each series was read (a file path on the server): the report and the experiment keep it.
  STATE_KEYS.marketData,
  // The report's text is the turn's answer already; in state it would be a third copy.
  STATE_KEYS.report, STATE_KEYS.reportDocument,
]);

function isBulky(key: string): boolean {
  return BULKY_KEYS.has(key) || key.startsWith(STATE_KEYS.backtestShardPrefix);
}

/** What session state shows for a bulky value. */
export interface HeldInProcess {
  held_in_process: true;
  /** Entries, for a list. */
  count?: number;
}

function standIn(value: unknown): HeldInProcess | null {
  if (value === null || value === undefined) return null;
  return Array.isArray(value) ? { held_in_process: true, count: value.length } : { held_in_process: true };
}

interface HeldRun {
  values: Map<string, unknown>;
  touchedAt: number;
}

const held = new Map<string, HeldRun>();
// A run whose end was never reported (a crash between tools) is dropped after this long; runs are capped at 300 s.
const ABANDONED_AFTER_MS = 15 * 60_000;

function valuesOf(invocationId: string): Map<string, unknown> {
  const now = Date.now();
  for (const [id, run] of held) if (now - run.touchedAt > ABANDONED_AFTER_MS) held.delete(id);
  let run = held.get(invocationId);
  if (!run) {
    run = { values: new Map(), touchedAt: now };
    held.set(invocationId, run);
  }
  run.touchedAt = now;
  return run.values;
}

/** A session as ADK hands it to tools and callbacks: its invocation id names the run. */
export type RunSession = ToolSession & { readonly invocationId?: string };

/**
 * The state a tool or callback reads and writes: bulky keys go to this run's values, the rest to
 * session state. A session without an invocation (tests, the CLI's direct use of the tools) keeps
 * everything in its state.
 */
export function runState(session: RunSession): SessionState {
  const { invocationId, state } = session;
  if (invocationId === undefined) return state;
  return {
    get: (key: string) => (isBulky(key) ? valuesOf(invocationId).get(key) : state.get(key)),
    set: (key: string, value: unknown) => {
      if (isBulky(key)) {
        valuesOf(invocationId).set(key, value);
        // An unchanged stand-in is not written again: each write lands in the event's stateDelta, and the optimisation loop writes its state every iteration.
        const next = standIn(value);
        if (JSON.stringify(state.get(key)) !== JSON.stringify(next)) state.set(key, next);
      } else {
        state.set(key, value);
      }
    },
  };
}

/** The tool's view of an ADK context, with bulky values kept in process (see runState). */
export function runSession(context: RunSession): ToolSession {
  return { state: runState(context) };
}

/** The bulky values a finished run made, by state key, forgotten here (the CLI prints and writes them). */
export function takeRunValues(invocationId: string): Record<string, unknown> {
  const run = held.get(invocationId);
  held.delete(invocationId);
  return run ? Object.fromEntries(run.values) : {};
}

/** Forgets a finished run's values (the server, once the run has answered). */
export function forgetRunValues(invocationId: string): void {
  held.delete(invocationId);
}

/** How many runs hold values now (tests: nothing is left behind). */
export function heldRunCount(): number {
  return held.size;
}
