import { parseMemoryQuestion } from '../../../tools/request/recognizers/memory_question.js';
import { listStrategyIds } from '../../../tools/strategy/registry.js';
import type { AgentTurn } from '../agent_turn.js';
import { TODAY_LABEL } from '../../callbacks/turn_facts.js';
import type { Planner } from '../planner_registry.js';
import { deleteRefusal, MEMORY_TOOL_NAMES, memoryReply } from './memory_replies.js';
import { errorOf } from './tool_then_summary.js';
import { parseSweepQuestion } from '../../../queue/sweep_question.js';
import { NO_FLEET_REPLY, sweepReply } from './sweep_replies.js';

export const HELP_TEXT = [
  'I backtest trading strategies on the market data in your data directory and rank them. Try:',
  '- "Compare SMA vs RSI on BTC and ETH from 2021 to 2024"',
  '- "Backtest a golden cross on SPY since 2010 with 0.05% fees"',
  '- "Optimise MACD on ETH for 2022-2023, target Sharpe > 1.5 and max drawdown under 25%"',
  'Then follow up: "now try it on SOL", "extend it to 2024", "make the short window 10", "what about Bollinger instead".',
  'Every run is saved: ask "show my last 5 experiments", "what was my best ETH strategy last week?", "re-run experiment 12 on 2025 data".',
  // From the registry, so a new strategy is offered as soon as it is registered.
  `Strategies: ${listStrategyIds().join(', ')}.`,
].join('\n');

const SMALL_TALK = /^\s*(hi|hello|hey|help|\?|what can you do\??|how does (this|it) work\??|thanks?( you)?!?)\s*[.!]*\s*$/i;

/** The turn's date, which the user agent always passes (turn_facts.ts): relative dates need it. */
function todayOf(turn: AgentTurn): string {
  if (turn.today === undefined) throw new Error(`${turn.agentName}: the model request carries no ${TODAY_LABEL} label; give the agent labelTurnFacts`);
  return turn.today;
}

/** The answer to a memory tool that just responded, if one did. */
function memoryToolAnswer(turn: AgentTurn): string | undefined {
  if (!turn.lastIsFunctionResponse) return undefined;
  const tool = MEMORY_TOOL_NAMES.find((name) => turn.functionResponses[name] !== undefined);
  if (!tool) return undefined;
  const args = turn.callsThisTurn.findLast((call) => call.name === tool)?.args ?? {};
  return memoryReply(tool, turn.functionResponses[tool]!, args);
}

/**
 * The root agent: small talk gets the help text; a question about saved experiments ("show my
 * last 5 experiments") goes to its memory tool and is answered from the result; anything else goes
 * to parse_request. A parsed request is handed to the pipeline; a parse error is explained, and
 * nothing runs.
 */
export const userPlanner: Planner = (turn) => {
  const remembered = memoryToolAnswer(turn);
  if (remembered !== undefined) return { text: remembered };
  const sweepAnswer = turn.lastIsFunctionResponse ? turn.functionResponses.sweep_status : undefined;
  if (sweepAnswer) return { text: sweepReply(sweepAnswer, parseSweepQuestion(turn.userText)) };
  const parsed = turn.lastIsFunctionResponse ? turn.functionResponses.parse_request : undefined;
  if (parsed) {
    const error = errorOf(parsed);
    // A parsed request is handed to the pipeline by the tool itself, so only an error comes back here.
    if (error) return { text: `I can't run that yet (${error.code}): ${error.message}` };
    throw new Error('parse_request answered a spec without handing it to the pipeline');
  }
  if (SMALL_TALK.test(turn.userText)) return { text: HELP_TEXT };
  const sweep = parseSweepQuestion(turn.userText);
  if (sweep) return turn.toolNames.includes('sweep_status') ? { functionCalls: [{ name: 'sweep_status', args: { id: sweep.id } }] } : { text: NO_FLEET_REPLY };
  const question = parseMemoryQuestion(turn.userText, todayOf(turn), turn.earlierUserTexts);
  if (question?.tool === 'delete_experiment') return { text: deleteRefusal(question.args.id) };
  if (question !== undefined && 'error' in question) return { text: `I can't run that yet (${question.error.code}): ${question.error.message}` };
  if (question && turn.toolNames.includes(question.tool)) return { functionCalls: [{ name: question.tool, args: question.args }] };
  return { functionCalls: [{ name: 'parse_request', args: { text: turn.userText } }] };
};
