import { LlmAgent, ParallelAgent } from '@google/adk';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import { BACKTEST_SHARDS, createRunBacktestsTool } from '../tools/run_backtests_tool.js';
import type { AgentContext } from './agent_context.js';
import { PIPELINE_STEP, skipUnlessRunHere } from './guards.js';

/**
 * Every strategy × symbol, concurrently: the jobs are dealt into shards that run side by side, and
 * each shard sends heavy batches to worker threads, so both cores work.
 */
export function createBacktestAgent({ model, dependencies }: AgentContext): ParallelAgent {
  const runBacktests = createRunBacktestsTool(dependencies);
  const shards = Array.from({ length: BACKTEST_SHARDS }, (_, shard) => new LlmAgent(withObservability({
    name: AGENT_NAMES.backtestShard(shard),
    description: `Runs shard ${shard} of the strategy × symbol backtests.`,
    model,
    instruction: `Call run_backtests with {"shard": ${shard}} once. Its reply ends your turn; if it returns an error, say the error message as it is.`,
    tools: [runBacktests],
    ...PIPELINE_STEP,
  })));
  return new ParallelAgent(withObservability({
    name: AGENT_NAMES.backtest,
    description: 'Backtests every strategy on every symbol in parallel shards.',
    subAgents: shards,
    beforeAgentCallback: skipUnlessRunHere,
  }));
}
