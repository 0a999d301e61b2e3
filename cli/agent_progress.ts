import type { Event } from '@google/adk';
import ora, { type Ora } from 'ora';
import { AGENT_NAMES } from '../agents/models/planners/agent_names.js';

const STEP_LABELS: Readonly<Record<string, string>> = {
  user_agent: 'Understanding the request',
  validation_agent: 'Validating',
  data_agent: 'Loading market data',
  backtest_shard_0: 'Backtesting',
  backtest_shard_1: 'Backtesting',
  risk_agent: 'Ranking by risk',
  [AGENT_NAMES.optimizationStep]: 'Optimising parameters',
  report_agent: 'Writing the report',
};

/** The line an optimisation step's event says (the iteration's progress, or what failed), read from the event's data. */
function iterationOf(event: Event): string | undefined {
  if (event.author !== AGENT_NAMES.optimizationStep) return undefined;
  return event.content?.parts?.find((part) => part.text)?.text;
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
