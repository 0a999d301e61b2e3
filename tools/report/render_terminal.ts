import type { ReportDocument } from './report_document.js';
import { bestAndBaseline } from './run_charts.js';
import { renderEquityChart } from './terminal/equity_chart.js';
import { renderResultsTable } from './terminal/results_table.js';

export interface TerminalOptions {
  /** The ranked table (btp backtest); off where the Markdown already shows it (btp ask). */
  table?: boolean;
  chart?: boolean;
  color?: boolean;
}

/** The report on a terminal: the ranked results table and the equity chart of the best run against holding. */
export function renderTerminal(document: ReportDocument, { table = true, chart = true, color = process.stdout.isTTY === true }: TerminalOptions = {}): string {
  const parts: string[] = [];
  if (table) parts.push(renderResultsTable(document.ranking, document.rank_by));
  if (chart && document.runs.length > 0) parts.push(renderEquityChart(bestAndBaseline(document.runs), { color }));
  return parts.join('\n\n');
}
