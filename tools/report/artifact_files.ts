import { renderPngAsync } from './charts/render_chart.js';
import { reportCharts } from './charts/report_charts.js';
import { renderHtml } from './render_html.js';
import type { ReportDocument } from './report_document.js';
import { tradesCsv } from './trades_csv.js';

/** The charts saved as PNGs beside the report. */
const ARTIFACT_CHARTS = ['equity', 'drawdown'] as const;

export interface ArtifactFile {
  name: string;
  mimeType: string;
  data: string | Uint8Array;
}

/**
 * The files a report is saved as beside a run: report.html (the tearsheet), report.md, the equity
 * and drawdown PNGs, and trades.csv when the request asked for it. CPU-heavy (ECharts lays out
 * every chart, resvg rasterises two on libuv's pool), so the server renders it on a worker thread (report_pool.ts).
 */
export async function reportArtifactFiles(document: ReportDocument, markdown: string): Promise<ArtifactFile[]> {
  const charts = reportCharts(document);
  const pngs = await Promise.all(ARTIFACT_CHARTS.flatMap((id) => charts.filter((spec) => spec.id === id)
    .map(async (spec): Promise<ArtifactFile> => ({ name: `${spec.id}.png`, mimeType: 'image/png', data: await renderPngAsync(spec) }))));
  const files: ArtifactFile[] = [
    { name: 'report.html', mimeType: 'text/html', data: renderHtml(document, charts) },
    { name: 'report.md', mimeType: 'text/markdown', data: markdown },
    ...pngs,
  ];
  if (document.requested_outputs.includes('trades_csv')) files.push({ name: 'trades.csv', mimeType: 'text/csv', data: tradesCsv(document.runs) });
  return files;
}
