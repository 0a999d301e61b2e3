/**
 * The evals must catch a broken agent. Each test swaps one agent's offline planner for a subtly
 * wrong one, replays committed cases, and expects the eval to fail on the metric that should notice.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AGENT_NAMES } from '../agents/models/planners/agent_names.js';
import { reportPlanner, validationPlanner } from '../agents/models/planners/pipeline_planners.js';
import { userPlanner } from '../agents/models/planners/user_planner.js';
import { registerPlanner, type Planner } from '../agents/models/planner_registry.js';
import { closeWorkerPool } from '../tools/backtest/worker_pool.js';
import { SYMBOL_ALIASES } from '../tools/data/symbol_aliases.js';
import { runEvals } from './scoring/run_evals.js';

const EVALS_DIR = path.dirname(fileURLToPath(import.meta.url));

afterEach(() => {
  registerPlanner(AGENT_NAMES.user, userPlanner);
  registerPlanner(AGENT_NAMES.report, reportPlanner);
  registerPlanner(AGENT_NAMES.validation, validationPlanner);
});
afterAll(closeWorkerPool);

const SYMBOL_WORDS = new RegExp(`\\b(${Object.keys(SYMBOL_ALIASES).filter((name) => /^[a-z]+$/.test(name)).join('|')})\\b`, 'gi');

/** Passes a follow-up to parse_request without its symbols: "Now try it on ETH" becomes "Now try it on ". */
const droppingFollowUpSymbols: Planner = async (turn) => {
  const reply = await userPlanner(turn);
  if (turn.earlierUserTexts.length === 0 || !('functionCalls' in reply)) return reply;
  return { functionCalls: reply.functionCalls.map((call) => ({ ...call, args: { text: String(call.args.text).replace(SYMBOL_WORDS, '') } })) };
};

/**
 * Writes the report itself instead of rendering it, with every figure rounded to one decimal, as a
 * careless summariser would. (A model cannot retype a rendered report: the report agent answers
 * with it as it is, so a wrong figure can only come from skipping the tool.)
 */
const roundingFigures: Planner = () => ({ text: recordedReport().replace(/\d+\.\d{2,}/g, (number) => Number(number).toFixed(1)) });

/** The committed answer of the case the rounding agent is run on. */
function recordedReport(): string {
  const set = JSON.parse(readFileSync(path.join(EVALS_DIR, 'single_requests.evalset.json'), 'utf8')) as {
    eval_cases: Array<{ eval_id: string; conversation: Array<{ final_response: { parts: Array<{ text?: string }> } }> }>;
  };
  const turn = set.eval_cases.find((evalCase) => evalCase.eval_id === 'backtest_sma_20_50_on_btc_for_2022')!.conversation[0]!;
  return turn.final_response.parts.map((part) => part.text ?? '').join('');
}

/** Says the request is fine without calling validate_request. */
const skippingValidation: Planner = () => ({ text: 'Request checked.' });

describe('a deliberately broken agent fails the evals', () => {
  it('a user agent that drops the symbol of a follow-up: trajectory and numbers fail on the follow-up turns only', async () => {
    registerPlanner(AGENT_NAMES.user, droppingFollowUpSymbols);
    const report = await runEvals({ paths: [path.join(EVALS_DIR, 'follow_ups.evalset.json')], model: 'offline', caseIds: ['symbol_dates_params', 'fees_capital'] });
    expect(report.passed).toBe(false);
    const [symbols, fees] = report.cases;
    // "Now try it on ETH" and "add SOL too" lose their symbol; turns 1, 4 and 5 name none.
    expect(symbols!.passed).toBe(false);
    expect(symbols!.scores.tool_trajectory).toBeCloseTo(3 / 5, 12);
    expect(symbols!.scores.response_numbers).toBeLessThan(1);
    expect(symbols!.failures).toContain('turn 2 tool trajectory (EXACT): call 1: expected parse_request(text="Now try it on ETH"), got parse_request(text="Now try it on ") (7 calls expected, 7 made)');
    // A conversation whose follow-ups name no symbol is unaffected.
    expect(fees!.passed).toBe(true);
  });

  it('a report agent that writes the report itself with rounded figures: the trajectory and the numbers check fail', async () => {
    registerPlanner(AGENT_NAMES.report, roundingFigures);
    const report = await runEvals({ paths: [path.join(EVALS_DIR, 'single_requests.evalset.json')], model: 'offline', caseIds: ['backtest_sma_20_50_on_btc_for_2022'] });
    const [result] = report.cases;
    expect(result!.passed).toBe(false);
    expect(result!.scores.tool_trajectory).toBeLessThan(1);
    expect(result!.scores.response_match).toBeGreaterThan(0.8);
    expect(result!.scores.response_numbers).toBeLessThan(1);
    // The recorded total return -64.28% now reads -64.3%.
    expect(result!.failures.find((failure) => failure.startsWith('turn 1 numbers missing from the answer:'))).toContain('64.28%');
  });

  it('a validation agent that skips the check: the error cases fail on their error code', async () => {
    registerPlanner(AGENT_NAMES.validation, skippingValidation);
    const report = await runEvals({ paths: [path.join(EVALS_DIR, 'validation_errors.evalset.json')], model: 'offline', caseIds: ['unknown_symbol', 'future_dates'] });
    expect(report.cases.map((result) => [result.id, result.passed, result.scores.error_handling])).toEqual([
      ['unknown_symbol', false, 0],
      ['future_dates', false, 0],
    ]);
    expect(report.cases[0]!.failures).toContain('turn 1 error case: expected error unknown_symbol, got no error');
  });
});
