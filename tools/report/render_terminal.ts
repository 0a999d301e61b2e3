import type { ReportDocument, RunCharts } from './report_document.js';
import { renderEquityChart } from './terminal/equity_chart.js';
import { renderResultsTable } from './terminal/results_table.js';

/** The best run and buy-and-hold on the same symbol: the pair the terminal chart contrasts. */
export function chartedRuns(runs: readonly RunCharts[]): RunCharts[] {
  const [best] = runs;
  if (!best) return [];
  const hold = runs.find((run) => run !== best && run.symbol === best.symbol && run.strategy === 'buy_and_hold');
  return hold ? [best, hold] : [best];
}

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
  if (chart && document.runs.length > 0) parts.push(renderEquityChart(chartedRuns(document.runs), { color }));
  return parts.join('\n\n');
}
