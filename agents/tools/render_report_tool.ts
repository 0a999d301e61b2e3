import { FunctionTool, type Context } from '@google/adk';
import { z } from 'zod';
import { csvFolderSource, DEFAULT_INTERVAL, loadEach } from '../../tools/data/index.js';
import type { OhlcvSeries } from '../../tools/data/types.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { buildReport } from '../../tools/report/build_report.js';
import { renderMarkdown } from '../../tools/report/render_markdown.js';
import type { ReportDocument } from '../../tools/report/report_document.js';
import { describeQueuedSearch } from '../../tools/pipeline/queued_search.js';
import type { RequestSpec } from '../../tools/request/request_spec.js';
import type { ValidationState } from '../../tools/request/validation_state.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { saveReportArtifacts } from './report_artifacts.js';
import { STATE, type ToolSession } from './session_state.js';
import { readState, writeState } from './state_key.js';
import { runSession } from './run_values.js';
import { returningUnsummarized } from './tool_response.js';

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
  const spec = readState(session.state, STATE.spec);
  const validation = readState(session.state, STATE.validation);
  const ranking = readState(session.state, STATE.ranking);
  if (!spec || !validation?.ok || !ranking) {
    throw new BacktestPilotError('step_out_of_order', 'there are no ranked results to report yet; run the backtests and the risk analysis first');
  }
  const results = readState(session.state, STATE.backtestResults) ?? [];
  const document = buildReport({
    spec,
    validationNotes: validation.notes,
    marketData: readState(session.state, STATE.marketData) ?? [],
    ranking,
    optimization: readState(session.state, STATE.optimization) ?? null,
    results,
    prices: await pricesOf(spec, validation, dependencies),
    engine: results[0] && dependencies ? { ...results[0].settings, risk_free_rate: dependencies.riskFreeRate } : undefined,
    request: readState(session.state, STATE.requestHistory)?.at(-1),
    portfolio: readState(session.state, STATE.portfolio) ?? null,
    weightSearch: readState(session.state, STATE.weightSearch) ?? null,
    reader: readState(session.state, STATE.requestReader) ?? null,
  });
  const report = renderMarkdown(document);
  writeState(session.state, STATE.report, report);
  writeState(session.state, STATE.reportDocument, document);
  return { report, document };
}

export function createRenderReportTool(dependencies?: ToolDependencies): FunctionTool<typeof RenderReportInputSchema> {
  return new FunctionTool({
    name: 'render_report',
    description:
      'Write the backtest report (summary, ranking table, trade-offs, optimisation, recommendation, notes, data used) from the computed results, ' +
      'and save it as report.html, report.md and chart PNGs (artifacts). The report becomes the answer as it is; every number in it comes from the results.',
    parameters: RenderReportInputSchema,
    execute: (_input, context) => returningUnsummarized(context, async () => {
      const session = runSession(context!);
      // A search queued on the fleet is the run's news: its answer says so, and no half report (or artifact) is made.
      const queued = readState(session.state, STATE.queuedSearch);
      if (queued) {
        writeState(session.state, STATE.report, describeQueuedSearch(queued));
        return { rendered: 'queued_search', artifacts: [] };
      }
      const { report, document } = await renderReportInSession(session, dependencies);
      const artifacts = await saveReportArtifacts(context as Context, document, report);
      // The report itself is the agent's answer (answerWithReport): the reply says only what was made.
      return { rendered: 'report', title: document.title, artifacts };
    }),
  });
}
