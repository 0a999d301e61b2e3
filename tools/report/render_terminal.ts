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
  // A portfolio is charted against the best single-symbol run; otherwise the best run against holding.
  const curves = document.portfolio ? [document.portfolio, ...document.runs.slice(0, 1)] : bestAndBaseline(document.runs);
  if (chart && curves.length > 0) parts.push(renderEquityChart(curves, { color }));
  return parts.join('\n\n');
}
