import type { Command } from 'commander';
import pc from 'picocolors';
import type { ReportDocument } from '../tools/report/report_document.js';
import type { ReportFileRequest, WrittenFile } from '../tools/report/report_files.js';

/** The report-file flags of every command that produces a report, declared once. */
export interface ReportFileFlags {
  html?: string;
  svgDir?: string;
  pngDir?: string;
  tradesCsv?: string;
}

export function withReportFileOptions(command: Command): Command {
  return command
    .option('--html <file>', 'write the self-contained HTML tearsheet (interactive charts, works offline)')
    .option('--svg-dir <dir>', 'write every chart as SVG into this folder')
    .option('--png-dir <dir>', 'write every chart as PNG into this folder')
    .option('--trades-csv <file>', 'write every run\'s trades as CSV');
}

export function reportFileRequest(flags: ReportFileFlags, markdown?: string): ReportFileRequest {
  return { html: flags.html, svgDir: flags.svgDir, pngDir: flags.pngDir, tradesCsv: flags.tradesCsv, markdown };
}

export const wantsReportFiles = (request: ReportFileRequest) => Object.values(request).some((value) => value !== undefined);

/**
 * Writes the report files a request names. The renderers (ECharts alone is ~500 modules) load only
 * when a file is asked for, so a command that writes none starts without them; `document` may be
 * built lazily too, as a portfolio's report is.
 */
export async function writeRequestedReportFiles(document: ReportDocument | (() => Promise<ReportDocument>), request: ReportFileRequest): Promise<WrittenFile[]> {
  if (!wantsReportFiles(request)) return [];
  const { writeReportFiles } = await import('../tools/report/report_files.js');
  return writeReportFiles(typeof document === 'function' ? await document() : document, request);
}

const size = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

/** "Wrote report.html (1.4 MB)"; a folder of charts is summed on one line. */
export function describeWrittenFiles(files: readonly WrittenFile[]): string[] {
  const lines: string[] = [];
  for (const kind of ['html', 'markdown', 'trades_csv'] as const) {
    for (const file of files.filter((candidate) => candidate.kind === kind)) lines.push(pc.dim(`Wrote ${file.path} (${size(file.bytes)})`));
  }
  for (const kind of ['svg', 'png'] as const) {
    const charts = files.filter((candidate) => candidate.kind === kind);
    if (charts.length > 0) {
      const folder = charts[0]!.path.slice(0, charts[0]!.path.lastIndexOf('/'));
      lines.push(pc.dim(`Wrote ${charts.length} ${kind.toUpperCase()} chart(s) to ${folder} (${size(charts.reduce((sum, file) => sum + file.bytes, 0))})`));
    }
  }
  return lines;
}
