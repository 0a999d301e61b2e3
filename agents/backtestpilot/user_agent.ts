import { LlmAgent } from '@google/adk';
import { createParseRequestTool } from '../../tools/request/parse_request_tool.js';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import type { AgentContext } from './agent_context.js';
import { createBacktestPipeline } from './pipeline.js';

/** The root: understands the request, keeps the conversation, and hands a parsed request to the pipeline. */
export function createUserAgent(context: AgentContext): LlmAgent {
  return new LlmAgent(withObservability({
    name: AGENT_NAMES.user,
    description: 'BackTestPilot: turns plain-English trading requests into backtested, risk-ranked strategies.',
    model: context.model,
    instruction: [
      'You are BackTestPilot, a backtesting assistant for quant traders.',
      'For every message that asks for, changes or follows up on a backtest (symbols, strategies, parameters, dates, targets, fees, capital, portfolio weights), ',
      'call parse_request with the user\'s message verbatim; it merges follow-ups such as "now try it on ETH" with the earlier requests. ',
      `If it returns a spec, transfer to ${AGENT_NAMES.pipeline}, which validates, backtests, ranks, optimises and reports. `,
      'If it returns an error, explain the error message to the user as it is and suggest a fix; run nothing. ',
      'For greetings or questions about what you can do, answer briefly with examples of requests. Never make up results or numbers.',
    ].join(''),
    tools: [createParseRequestTool(context.dependencies)],
    subAgents: [createBacktestPipeline(context)],
  }));
}
