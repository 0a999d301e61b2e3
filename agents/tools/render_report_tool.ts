import type { WeightSearchState } from '../../tools/portfolio/optimize/weight_target_search.js';
import type { PortfolioRunState } from '../../tools/portfolio/portfolio_from_spec.js';
import { FunctionTool, type Context } from '@google/adk';
import { z } from 'zod';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import { csvFolderSource, DEFAULT_INTERVAL, loadEach } from '../../tools/data/index.js';
import type { MarketDataSummary } from '../../tools/data/market_data_summary.js';
import type { OhlcvSeries } from '../../tools/data/types.js';
import { BacktestPilotError } from '../../tools/errors.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import { buildReport } from '../../tools/report/build_report.js';
import { renderMarkdown } from '../../tools/report/render_markdown.js';
import type { ReportDocument } from '../../tools/report/report_document.js';
import type { RequestReader } from '../../tools/report/report_input.js';
import { describeQueuedSearch, type QueuedSearch } from '../../tools/pipeline/queued_search.js';
import type { RequestSpec } from '../../tools/request/request_spec.js';
import type { ValidationState } from '../../tools/request/validation_state.js';
import type { RiskAnalysis } from '../../tools/risk/risk_analysis.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { saveReportArtifacts } from './report_artifacts.js';
import { STATE_KEYS, type ToolSession } from './session_state.js';
import { runSession } from './run_values.js';
import { returningErrors } from './tool_response.js';

export const RenderReportInputSchema = z.object({});

/** The price series the runs used (for the price-with-trades chart); the loader's cache makes this a lookup. */
async function pricesOf(spec: RequestSpec, validation: Extract<ValidationState, { ok: true }>, dependencies: ToolDependencies | undefined): Promise<Map<string, OhlcvSeries> | undefined> {
  if (!dependencies) return undefined;
  const source = csvFolderSource({ dataDir: dependencies.dataDir, cacheDir: dependencies.cacheDir });
  const series = await loadEach(source, spec.symbols, spec.interval ?? DEFAULT_INTERVAL, validation.run_window);
  return new Map(series.map((one) => [one.symbol, one]));
}

/**
 * Builds the report from the run's state (every number comes from a tool result) and stores the
 * document and its Markdown in state.
 */
export async function renderReportInSession(session: ToolSession, dependencies?: ToolDependencies): Promise<{ report: string; document: ReportDocument }> {
  const spec = session.state.get<RequestSpec | null>(STATE_KEYS.spec);
  const validation = session.state.get<ValidationState | null>(STATE_KEYS.validation);
  const ranking = session.state.get<RiskAnalysis | null>(STATE_KEYS.ranking);
  if (!spec || !validation?.ok || !ranking) {
    throw new BacktestPilotError('step_out_of_order', 'there are no ranked results to report yet; run the backtests and the risk analysis first');
  }
  const results = session.state.get<BacktestResult[] | null>(STATE_KEYS.backtestResults) ?? [];
  const document = buildReport({
    spec,
    validationNotes: validation.notes,
    marketData: session.state.get<MarketDataSummary[]>(STATE_KEYS.marketData) ?? [],
    ranking,
    optimization: session.state.get<OptimizationState | null>(STATE_KEYS.optimization) ?? null,
    results,
    prices: await pricesOf(spec, validation, dependencies),
    engine: results[0] && dependencies ? { ...results[0].settings, risk_free_rate: dependencies.riskFreeRate } : undefined,
    request: session.state.get<string[]>(STATE_KEYS.requestHistory)?.at(-1),
    portfolio: session.state.get<PortfolioRunState | null>(STATE_KEYS.portfolio) ?? null,
    weightSearch: session.state.get<WeightSearchState | null>(STATE_KEYS.weightSearch) ?? null,
    reader: session.state.get<RequestReader | null>(STATE_KEYS.requestReader) ?? null,
  });
  const report = renderMarkdown(document);
  session.state.set(STATE_KEYS.report, report);
  session.state.set(STATE_KEYS.reportDocument, document);
  return { report, document };
}

export function createRenderReportTool(dependencies?: ToolDependencies): FunctionTool<typeof RenderReportInputSchema> {
  return new FunctionTool({
    name: 'render_report',
    description:
      'Write the backtest report (summary, ranking table, trade-offs, optimisation, recommendation, notes, data used) from the computed results, ' +
      'and save it as report.html, report.md and chart PNGs (artifacts). Present its text to the user as it is; every number in it comes from the results.',
    parameters: RenderReportInputSchema,
    execute: (_input, context) => returningErrors(async () => {
      const session = runSession(context!);
      // A search queued on the fleet is the run's news: its answer says so, and no half report (or artifact) is made.
      const queued = session.state.get<QueuedSearch | null>(STATE_KEYS.queuedSearch);
      if (queued) {
        const report = describeQueuedSearch(queued);
        session.state.set(STATE_KEYS.report, report);
        return { report, artifacts: [] };
      }
      const { report, document } = await renderReportInSession(session, dependencies);
      const artifacts = await saveReportArtifacts(context as Context, document, report);
      return { report, artifacts };
    }),
  });
}
