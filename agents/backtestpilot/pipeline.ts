import { SequentialAgent } from '@google/adk';
import { createSaveRunCallback } from '../callbacks/save_run_callback.js';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import type { AgentContext } from './agent_context.js';
import { createBacktestAgent } from './backtest_agent.js';
import { createDataAgent } from './data_agent.js';
import { createOptimizationAgent } from './optimization_agent.js';
import { createPortfolioAgent } from './portfolio_agent.js';
import { createReportAgent } from './report_agent.js';
import { createRiskAgent } from './risk_agent.js';
import { createValidationAgent } from './validation_agent.js';

/**
 * validation → data → backtest → portfolio → risk → optimisation → report, passing data through session state;
 * when it ends, the run is saved as an experiment with its agent trace.
 */
export function createBacktestPipeline(context: AgentContext): SequentialAgent {
  return new SequentialAgent(withObservability({
    name: AGENT_NAMES.pipeline,
    description: 'Validates a parsed trading request, loads the data, backtests every strategy on every symbol, ranks, optimises and reports.',
    subAgents: [
      createValidationAgent(context), createDataAgent(context), createBacktestAgent(context), createPortfolioAgent(context),
      createRiskAgent(context), createOptimizationAgent(context), createReportAgent(context),
    ],
    afterAgentCallback: createSaveRunCallback(context.dependencies),
  }));
}
