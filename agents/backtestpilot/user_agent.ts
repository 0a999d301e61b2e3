import { LlmAgent } from '@google/adk';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import { createMemoryTools } from '../tools/memory/memory_tools.js';
import { createParseRequestTool } from '../tools/parse_request_tool.js';
import { createSweepStatusTool } from '../tools/sweep_status_tool.js';
import type { AgentContext } from './agent_context.js';
import { labelTurnFacts, recordTurnFacts } from '../callbacks/turn_facts.js';
import { STATE } from '../tools/session_state.js';
import { createBacktestPipeline } from './pipeline.js';

const INSTRUCTION = [
  'You are BackTestPilot, a backtesting assistant for quant traders. ',
  'For every message that asks for, changes or follows up on a backtest (symbols, strategies, parameters, dates, targets, fees, capital, portfolio weights), ',
  'call parse_request with the user\'s message verbatim; it merges follow-ups such as "now try it on ETH" with the earlier requests. ',
  `If it returns a spec, the request goes on to ${AGENT_NAMES.pipeline} by itself, which validates, backtests, ranks, optimises and reports. `,
  'If it returns an error, explain the error message to the user as it is and suggest a fix; run nothing. ',
  'Every run is saved as a numbered experiment. For questions about earlier runs use the memory tools, not parse_request: ',
  'list_experiments ("show my last 5 experiments"), best_experiment ("what was my best ETH strategy last week?" = symbol ETH, days 7), ',
  'show_experiment ("show experiment 12"), rerun_experiment ("re-run experiment 12 on 2025 data" = id 12, start 2025-01-01, end 2025-12-31). ',
  'Answer from what they return. Deleting is done with the command btp experiments delete <id>, never from the chat. ',
  'For greetings or questions about what you can do, answer briefly with examples of requests. Never make up results or numbers.',
].join('');

/** The root: understands the request, keeps the conversation, hands a parsed request to the pipeline, and answers from saved experiments. */
export function createUserAgent(context: AgentContext): LlmAgent {
  const { redisUrl } = context.dependencies;
  // Sweeps are asked about only where there is a fleet: elsewhere the tool and its sentence are left out.
  const fleet = redisUrl === undefined ? undefined : {
    tool: createSweepStatusTool({ ...context.dependencies, redisUrl }),
    instruction: ' Questions about a sweep on the worker fleet ("how is sweep 12 doing?", "show the results of sweep 12") are answered with sweep_status.',
  };
  return new LlmAgent(withObservability({
    name: AGENT_NAMES.user,
    description: 'BackTestPilot: turns plain-English trading requests into backtested, risk-ranked strategies.',
    model: context.model,
    // The same text every turn: "{today}" is the turn's date from session state (turn_facts.ts), resolved by ADK.
    instruction: `${INSTRUCTION}${fleet?.instruction ?? ''} Today is {${STATE.today.name}}.`,
    beforeAgentCallback: recordTurnFacts(context.dependencies),
    beforeModelCallback: labelTurnFacts,
    tools: [createParseRequestTool(context.dependencies), ...createMemoryTools(context.dependencies), ...(fleet ? [fleet.tool] : [])],
    subAgents: [createBacktestPipeline(context)],
  }));
}
