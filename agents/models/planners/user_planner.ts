import type { Planner } from '../planner_registry.js';
import { AGENT_NAMES } from './agent_names.js';
import { errorOf } from './tool_then_summary.js';

export const HELP_TEXT = [
  'I backtest trading strategies on the market data in your data directory and rank them. Try:',
  '- "Compare SMA vs RSI on BTC and ETH from 2021 to 2024"',
  '- "Backtest a golden cross on SPY since 2010 with 0.05% fees"',
  '- "Optimise MACD on ETH for 2022-2023, target Sharpe > 1.5 and max drawdown under 25%"',
  'Then follow up: "now try it on SOL", "extend it to 2024", "make the short window 10", "what about Bollinger instead".',
  'Strategies: sma_crossover, ema_crossover, rsi_mean_reversion, macd, bollinger_bands, donchian_breakout, momentum, buy_and_hold.',
].join('\n');

const SMALL_TALK = /^\s*(hi|hello|hey|help|\?|what can you do\??|how does (this|it) work\??|thanks?( you)?!?)\s*[.!]*\s*$/i;

/**
 * The root agent: small talk gets the help text; anything else goes to parse_request. A parsed
 * request is handed to the pipeline; a parse error is explained, and nothing runs.
 */
export const userPlanner: Planner = (turn) => {
  const parsed = turn.lastIsFunctionResponse ? turn.functionResponses.parse_request : undefined;
  if (parsed) {
    const error = errorOf(parsed);
    if (error) return { text: `I can't run that yet (${error.code}): ${error.message}` };
    return { transferTo: AGENT_NAMES.pipeline };
  }
  if (SMALL_TALK.test(turn.userText)) return { text: HELP_TEXT };
  return { functionCalls: [{ name: 'parse_request', args: { text: turn.userText } }] };
};
