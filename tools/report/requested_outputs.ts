import type { OutputKind } from '../request/request_spec.js';
import type { ReportFileRequest } from './report_files.js';

/**
 * The files a request asked for in words ("… and give me an HTML report"), named after the saved
 * experiment (report-12.html) in the working folder. PDF is not made here: the HTML prints to PDF.
 */
export function requestedOutputFiles(outputs: readonly OutputKind[], experimentId: number | undefined): ReportFileRequest {
  const stem = experimentId === undefined ? 'report' : `report-${experimentId}`;
  const wants = new Set(outputs);
  return {
    html: wants.has('html') || wants.has('pdf') ? `${stem}.html` : undefined,
    markdown: wants.has('markdown') ? `${stem}.md` : undefined,
    pngDir: wants.has('png') ? `${stem}-charts` : undefined,
    svgDir: wants.has('svg') ? `${stem}-charts` : undefined,
    tradesCsv: wants.has('trades_csv') ? `${experimentId === undefined ? 'trades' : `trades-${experimentId}`}.csv` : undefined,
  };
}
