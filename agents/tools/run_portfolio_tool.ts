import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { BacktestPilotError } from '../../tools/errors.js';
import { runSpecPortfolio } from '../../tools/portfolio/portfolio_from_spec.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { STATE, type ToolSession } from './session_state.js';
import { readState, writeState } from './state_key.js';
import { runSession } from './run_values.js';
import { returningUnsummarized } from './tool_response.js';

export const RunPortfolioInputSchema = z.object({});

/** Runs the validated spec's portfolio (optimising its weights first when it names an objective) into state. */
export async function runPortfolioInSession(session: ToolSession, dependencies: ToolDependencies) {
  const spec = readState(session.state, STATE.spec);
  const validation = readState(session.state, STATE.validation);
  if (!spec || !validation?.ok) {
    throw new BacktestPilotError('step_out_of_order', 'the request has not been validated yet; run validate_request first');
  }
  const run = await runSpecPortfolio(spec, validation.run_window, {
    dataDir: dependencies.dataDir, cacheDir: dependencies.cacheDir, riskFreeRate: dependencies.riskFreeRate,
  });
  writeState(session.state, STATE.portfolio, run);
  if (!run) return { status: 'not_requested' };
  const { metrics } = run.result.portfolio;
  return {
    status: 'done',
    weights: run.weights,
    objective: run.optimization?.objective ?? null,
    rebalance: run.result.portfolio.rebalance,
    total_return: metrics.total_return, sharpe_ratio: metrics.sharpe_ratio, max_drawdown: metrics.max_drawdown,
    out_of_sample_sharpe_ratio: run.optimization?.out_of_sample?.sharpe_ratio ?? null,
  };
}

export function createRunPortfolioTool(dependencies: ToolDependencies): FunctionTool<typeof RunPortfolioInputSchema> {
  return new FunctionTool({
    name: 'run_portfolio',
    description:
      'Backtest the validated request\'s portfolio as one account (shared cash, target weights, rebalancing); when the request names ' +
      'an objective (max_sharpe, min_variance, risk_parity, equal_weight, max_return) the weights are chosen first on the first 70% of the window. ' +
      'Full results go to session state; the reply gives the weights and headline metrics. Does nothing when no portfolio was asked for.',
    parameters: RunPortfolioInputSchema,
    execute: (_input, context) => returningUnsummarized(context, () => runPortfolioInSession(runSession(context!), dependencies)),
  });
}
