import type { PortfolioRunState } from '../../tools/portfolio/portfolio_from_spec.js';
import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import type { MarketDataSummary } from '../../tools/data/market_data_summary.js';
import { BacktestPilotError } from '../../tools/errors.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import { composeReport } from '../../tools/report/compose_report.js';
import type { RequestSpec } from '../../tools/request/request_spec.js';
import type { ValidationState } from '../../tools/request/validation_state.js';
import type { RiskAnalysis } from '../../tools/risk/risk_analysis.js';
import { STATE_KEYS, type ToolSession } from './session_state.js';
import { returningErrors } from './tool_response.js';

export const RenderReportInputSchema = z.object({});

/** Writes the report from the run's state (every number comes from a tool result) and stores it. */
export function renderReportInSession(session: ToolSession): { report: string } {
  const spec = session.state.get<RequestSpec | null>(STATE_KEYS.spec);
  const validation = session.state.get<ValidationState | null>(STATE_KEYS.validation);
  const ranking = session.state.get<RiskAnalysis | null>(STATE_KEYS.ranking);
  if (!spec || !validation?.ok || !ranking) {
    throw new BacktestPilotError('bad_input', 'there are no ranked results to report yet; run the backtests and the risk analysis first');
  }
  const report = composeReport({
    spec,
    validationNotes: validation.notes,
    marketData: session.state.get<MarketDataSummary[]>(STATE_KEYS.marketData) ?? [],
    ranking,
    optimization: session.state.get<OptimizationState | null>(STATE_KEYS.optimization) ?? null,
    portfolio: session.state.get<PortfolioRunState | null>(STATE_KEYS.portfolio) ?? null,
  });
  session.state.set(STATE_KEYS.report, report);
  return { report };
}

export function createRenderReportTool(): FunctionTool<typeof RenderReportInputSchema> {
  return new FunctionTool({
    name: 'render_report',
    description:
      'Write the backtest report (summary, ranking table, trade-offs, optimisation, recommendation, notes, data used) from the computed results. ' +
      'Present its text to the user as it is; every number in it comes from the results.',
    parameters: RenderReportInputSchema,
    execute: (_input, context) => returningErrors(() => renderReportInSession(context!)),
  });
}
