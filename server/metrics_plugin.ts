/**
 * Feeds the seed's backtest metrics from the agents' work: backtests_total{strategy,symbol} and
 * backtest_duration_seconds from run_backtests calls, active_backtests while one runs, and
 * optimization_trials_total from each optimisation step's event (the search's state, held in
 * process for the run, counts the request's trials so far).
 */
import { BasePlugin, Context, type BaseTool, type Event, type InvocationContext } from '@google/adk';
import { AGENT_NAMES } from '../agents/models/planners/agent_names.js';
import { runState } from '../agents/tools/run_values.js';
import { STATE } from '../agents/tools/session_state.js';
import { readState } from '../agents/tools/state_key.js';
import type { ServerMetrics } from './metrics.js';

const BACKTEST_TOOL = 'run_backtests';

function listOf(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
}

export class MetricsPlugin extends BasePlugin {
  private readonly backtestStarts = new Map<string, number>();
  private readonly trialsSoFar = new Map<string, number>();

  constructor(private readonly metrics: ServerMetrics) {
    super('btp_metrics');
  }

  private callKey(tool: BaseTool, context: Context): string {
    return context.functionCallId ?? `${context.invocationId}|${tool.name}`;
  }

  override async beforeToolCallback({ tool, toolContext }: { tool: BaseTool; toolContext: Context }): Promise<undefined> {
    if (tool.name !== BACKTEST_TOOL) return undefined;
    this.metrics.activeBacktests.inc();
    this.backtestStarts.set(this.callKey(tool, toolContext), performance.now());
    return undefined;
  }

  override async afterToolCallback({ tool, toolContext, result }: { tool: BaseTool; toolContext: Context; result: Record<string, unknown> }): Promise<undefined> {
    if (tool.name === BACKTEST_TOOL) {
      this.finishBacktest(tool, toolContext);
      for (const run of listOf(result?.results)) {
        if (typeof run.strategy === 'string' && typeof run.symbol === 'string') this.metrics.countBacktest(run.strategy, run.symbol);
      }
    }
    return undefined;
  }

  override async onEventCallback({ invocationContext, event }: { invocationContext: InvocationContext; event: Event }): Promise<undefined> {
    if (event.author !== AGENT_NAMES.optimizationStep) return undefined;
    const search = readState(runState(new Context({ invocationContext })), STATE.optimization);
    if (!search || search.status === 'not_requested') return undefined;
    const { invocationId } = invocationContext;
    const before = this.trialsSoFar.get(invocationId) ?? 0;
    if (search.trials > before) this.metrics.optimizationTrials.inc(search.trials - before);
    this.trialsSoFar.set(invocationId, search.trials);
    return undefined;
  }

  override async onToolErrorCallback({ tool, toolContext }: { tool: BaseTool; toolContext: Context }): Promise<undefined> {
    if (tool.name === BACKTEST_TOOL) this.finishBacktest(tool, toolContext);
    return undefined;
  }

  override async afterRunCallback({ invocationContext }: { invocationContext: InvocationContext }): Promise<void> {
    this.trialsSoFar.delete(invocationContext.invocationId);
  }

  private finishBacktest(tool: BaseTool, context: Context): void {
    const key = this.callKey(tool, context);
    const started = this.backtestStarts.get(key);
    if (started === undefined) return;
    this.backtestStarts.delete(key);
    this.metrics.activeBacktests.dec();
    this.metrics.backtestDuration.observe((performance.now() - started) / 1000);
  }
}
