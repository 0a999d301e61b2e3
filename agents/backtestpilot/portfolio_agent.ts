import { LlmAgent } from '@google/adk';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import { createRunPortfolioTool } from '../tools/run_portfolio_tool.js';
import type { AgentContext } from './agent_context.js';
import { PIPELINE_STEP, skipUnlessPortfolio } from './guards.js';

/** The portfolio step: one shared-cash backtest of the requested weights (optimised first when asked). */
export function createPortfolioAgent({ model, dependencies }: AgentContext): LlmAgent {
  return new LlmAgent(withObservability({
    name: AGENT_NAMES.portfolio,
    description: 'Backtests the requested portfolio as one account, choosing its weights first when an objective was given.',
    model,
    instruction: 'Call run_portfolio once. Its reply ends your turn; if it returns an error, say the error message as it is.',
    tools: [createRunPortfolioTool(dependencies)],
    // Requests without a portfolio skip the step: no tool call, nothing said.
    beforeAgentCallback: skipUnlessPortfolio,
    ...PIPELINE_STEP,
  }));
}
