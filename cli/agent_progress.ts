import type { Event } from '@google/adk';
import ora, { type Ora } from 'ora';

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

function textOf(event: Event): string {
  return (event.content?.parts ?? []).map((part) => part.text ?? '').join('');
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
      const iteration = event.author === 'optimization_step_agent' ? textOf(event) : '';
      spinner.text = iteration.startsWith('Optimisation iteration') ? iteration : `${label}…`;
    },
    stop: () => { spinner?.stop(); spinner = undefined; },
  };
}
