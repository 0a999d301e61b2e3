import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BacktestPilotError } from '../errors.js';
import { renderPng, renderSvg } from './charts/render_chart.js';
import { reportCharts } from './charts/report_charts.js';
import { renderHtml } from './render_html.js';
import { renderMarkdown } from './render_markdown.js';
import type { ReportDocument } from './report_document.js';
import { tradesCsv } from './trades_csv.js';

/** Which files to write; each path or folder is the user's. */
export interface ReportFileRequest {
  html?: string;
  markdown?: string;
  svgDir?: string;
  pngDir?: string;
  tradesCsv?: string;
}

export interface WrittenFile {
  kind: 'html' | 'markdown' | 'svg' | 'png' | 'trades_csv';
  path: string;
  bytes: number;
}

/** Writes through a temporary file and a rename, so an interrupted write never leaves half a report. */
function writeWhole(path: string, content: string | Buffer): number {
  const target = resolve(path);
  try {
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BacktestPilotError('output_not_writable', `cannot write ${target}: ${reason}`, { path: target });
  }
  return Buffer.byteLength(content);
}


/** Writes the requested report files from one document; returns what was written, in order. */
export function writeReportFiles(document: ReportDocument, request: ReportFileRequest): WrittenFile[] {
  const written: WrittenFile[] = [];
  const needsCharts = request.html !== undefined || request.svgDir !== undefined || request.pngDir !== undefined;
  const charts = needsCharts ? reportCharts(document) : [];
  if (request.html !== undefined) written.push({ kind: 'html', path: resolve(request.html), bytes: writeWhole(request.html, renderHtml(document, charts)) });
  if (request.markdown !== undefined) written.push({ kind: 'markdown', path: resolve(request.markdown), bytes: writeWhole(request.markdown, `${renderMarkdown(document)}\n`) });
  if (request.tradesCsv !== undefined) written.push({ kind: 'trades_csv', path: resolve(request.tradesCsv), bytes: writeWhole(request.tradesCsv, tradesCsv(document.runs)) });
  for (const spec of charts) {
    if (request.svgDir !== undefined) {
      const path = join(request.svgDir, `${spec.id}.svg`);
      written.push({ kind: 'svg', path: resolve(path), bytes: writeWhole(path, renderSvg(spec)) });
    }
    if (request.pngDir !== undefined) {
      const path = join(request.pngDir, `${spec.id}.png`);
      written.push({ kind: 'png', path: resolve(path), bytes: writeWhole(path, renderPng(spec)) });
    }
  }
  return written;
}
