import { createEvent, type InvocationContext } from '@google/adk';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemorySession, STATE_KEYS } from '../agents/tools/session_state.js';
import { forgetRunValues, runState } from '../agents/tools/run_values.js';
import { ServerMetrics } from './metrics.js';
import { MetricsPlugin } from './metrics_plugin.js';

const INVOCATION = 'metrics-plugin-test';
// The plugin reads only the invocation's id and its session's state.
const invocationContext = { invocationId: INVOCATION, session: { state: {} } } as unknown as InvocationContext;

/** What an optimisation step leaves for its run: the search's state, held in process (run_values.ts). */
function searchHasTried(trials: number): void {
  runState({ invocationId: INVOCATION, ...createMemorySession() }).set(STATE_KEYS.optimization, { status: 'running', trials });
}

async function trialsCounted(metrics: ServerMetrics): Promise<number> {
  return (await metrics.optimizationTrials.get()).values[0]?.value ?? 0;
}

afterEach(() => forgetRunValues(INVOCATION));

describe('MetricsPlugin', () => {
  it('counts optimization_trials_total from each optimisation step\'s event, the new trials only', async () => {
    const metrics = new ServerMetrics();
    const plugin = new MetricsPlugin(metrics);
    for (const trials of [48, 96]) {
      searchHasTried(trials);
      await plugin.onEventCallback({ invocationContext, event: createEvent({ invocationId: INVOCATION, author: 'optimization_step_agent' }) });
    }
    await plugin.onEventCallback({ invocationContext, event: createEvent({ invocationId: INVOCATION, author: 'report_agent' }) });
    expect(await trialsCounted(metrics)).toBe(96);
  });

  it('counts nothing for a request that asked for no optimisation', async () => {
    const metrics = new ServerMetrics();
    runState({ invocationId: INVOCATION, ...createMemorySession() }).set(STATE_KEYS.optimization, { status: 'not_requested' });
    await new MetricsPlugin(metrics).onEventCallback({ invocationContext, event: createEvent({ invocationId: INVOCATION, author: 'optimization_step_agent' }) });
    expect(await trialsCounted(metrics)).toBe(0);
  });
});
