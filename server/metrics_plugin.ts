/**
 * Feeds the seed's backtest metrics from the agents' tool calls: backtests_total{strategy,symbol}
 * and backtest_duration_seconds from run_backtests, active_backtests while one runs, and
 * optimization_trials_total from optimize_step (whose `trials` counts the request's trials so far).
 */
import { BasePlugin, type BaseTool, type Context, type InvocationContext } from '@google/adk';
import type { ServerMetrics } from './metrics.js';

const BACKTEST_TOOL = 'run_backtests';
const OPTIMIZE_TOOL = 'optimize_step';

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
    } else if (tool.name === OPTIMIZE_TOOL && typeof result?.trials === 'number') {
      const before = this.trialsSoFar.get(toolContext.invocationId) ?? 0;
      if (result.trials > before) this.metrics.optimizationTrials.inc(result.trials - before);
      this.trialsSoFar.set(toolContext.invocationId, result.trials);
    }
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
