import type { Context } from '@google/adk';
import { renderPngAsync } from '../../tools/report/charts/render_chart.js';
import { reportCharts } from '../../tools/report/charts/report_charts.js';
import { renderHtml } from '../../tools/report/render_html.js';
import type { ReportDocument } from '../../tools/report/report_document.js';
import { tradesCsv } from '../../tools/report/trades_csv.js';

/** The charts saved as PNG artifacts beside the report. */
const ARTIFACT_CHARTS = ['equity', 'drawdown'] as const;

const inline = (data: string | Buffer, mimeType: string) => ({ inlineData: { data: Buffer.from(data).toString('base64'), mimeType } });

/**
 * Saves the report as ADK artifacts of the session: report.html (the tearsheet), report.md, the
 * equity and drawdown PNGs, and trades.csv when the request asked for it. `adk web` lists them on
 * the run and the API server serves them. Returns the names saved; none when the runner has no
 * artifact service (a bare Runner), which is not an error: the report is in state either way.
 */
export async function saveReportArtifacts(context: Context | undefined, document: ReportDocument, markdown: string): Promise<string[]> {
  if (!context?.invocationContext?.artifactService) return [];
  const charts = reportCharts(document);
  const pngs = await Promise.all(ARTIFACT_CHARTS.flatMap((id) => charts.filter((spec) => spec.id === id)
    .map(async (spec): Promise<[string, ReturnType<typeof inline>]> => [`${spec.id}.png`, inline(await renderPngAsync(spec), 'image/png')])));
  const files: Array<[string, ReturnType<typeof inline>]> = [
    ['report.html', inline(renderHtml(document, charts), 'text/html')],
    ['report.md', inline(markdown, 'text/markdown')],
    ...pngs,
  ];
  if (document.requested_outputs.includes('trades_csv')) files.push(['trades.csv', inline(tradesCsv(document.runs), 'text/csv')]);
  for (const [name, part] of files) await context.saveArtifact(name, part);
  return files.map(([name]) => name);
}
