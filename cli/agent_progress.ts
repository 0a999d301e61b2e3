import type { Event } from '@google/adk';
import ora, { type Ora } from 'ora';
import { describeOptimizationStep, type OptimizeStepReply } from '../agents/tools/optimize_step_reply.js';

const STEP_LABELS: Readonly<Record<string, string>> = {
  user_agent: 'Understanding the request',
  validation_agent: 'Validating',
  data_agent: 'Loading market data',
  backtest_shard_0: 'Backtesting',
  backtest_shard_1: 'Backtesting',
  risk_agent: 'Ranking by risk',
  optimization_step_agent: 'Optimising parameters',
  report_agent: 'Writing the report',
};

/** The iteration line of an optimisation step's reply, read from the event's data (ADK's helpers are not loaded for this). */
function iterationOf(event: Event): string | undefined {
  const reply = event.content?.parts?.find((part) => part.functionResponse?.name === 'optimize_step')?.functionResponse?.response;
  return reply && !('error' in reply) ? describeOptimizationStep(reply as unknown as OptimizeStepReply) : undefined;
}

/** A spinner on stderr naming the agent at work; silent when stderr is not a terminal. */
export function createAgentProgress(enabled = process.stderr.isTTY === true): { onEvent: (event: Event) => void; stop: () => void } {
  let spinner: Ora | undefined;
  return {
    onEvent: (event) => {
      if (!enabled) return;
      const label = STEP_LABELS[event.author ?? ''];
      if (!label) return;
      spinner ??= ora({ stream: process.stderr }).start();
      // The optimisation loop reports each iteration (method, trials, best so far): show it as it comes.
      spinner.text = iterationOf(event) ?? `${label}…`;
    },
    stop: () => { spinner?.stop(); spinner = undefined; },
  };
}
