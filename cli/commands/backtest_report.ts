import pc from 'picocolors';
import type { AppConfig } from '../../adk.config.js';
import { csvFolderSource, DEFAULT_INTERVAL, loadEach } from '../../tools/data/index.js';
import type { BacktestRun } from '../../tools/pipeline/run_backtests.js';
import { buildReport } from '../../tools/report/build_report.js';
import { backtestReportInput } from '../../tools/report/direct_run_inputs.js';
import { renderTerminal } from '../../tools/report/render_terminal.js';
import type { ReportFileRequest, WrittenFile } from '../../tools/report/report_files.js';
import { describeWrittenFiles, wantsReportFiles } from '../report_options.js';

export interface BacktestReportOptions {
  symbols: string[];
  interval?: string;
  from?: string;
  to?: string;
  chart: boolean;
  json: boolean;
  files: ReportFileRequest;
}

/**
 * The report side of `btp backtest`: the terminal tearsheet and the report files. Its own module,
 * imported only when a report is shown, so `btp backtest --json` loads none of the renderers.
 * Answers the files written; with `json`, prints nothing itself.
 */
export async function showBacktestReport(run: BacktestRun, config: AppConfig, options: BacktestReportOptions): Promise<WrittenFile[]> {
  const { files } = options;
  const prices = wantsReportFiles(files)
    ? new Map((await loadEach(csvFolderSource(config), options.symbols, options.interval ?? DEFAULT_INTERVAL, { start: options.from, end: options.to }))
      .map((series) => [series.symbol, series]))
    : undefined;
  const document = buildReport(backtestReportInput(run, {
    request: ['btp', ...process.argv.slice(process.argv.indexOf('backtest'))].join(' '), riskFreeRate: config.riskFreeRate, prices,
  }));
  // The report writer brings ECharts (1.3 MB of bundle): loaded only when files are asked for.
  const written = wantsReportFiles(files)
    ? (await import('../../tools/report/report_files.js')).writeReportFiles(document, files)
    : [];
  if (options.json) return written;
  const lines = [renderTerminal(document, { chart: options.chart })];
  for (const note of run.notes) lines.push(pc.yellow(`note: ${note}`));
  lines.push(...describeWrittenFiles(written));
  process.stdout.write(`${lines.join('\n')}\n`);
  return written;
}
