import type { RunCharts } from './report_document.js';

export const TRADE_COLUMNS = ['symbol', 'strategy', 'side', 'entry_time', 'entry_price', 'exit_time', 'exit_price', 'units', 'pnl', 'return', 'bars_held'] as const;

/** One row per round trip, numbers at full precision (the same rows the tearsheet's download writes). */
export function tradeRows(run: Pick<RunCharts, 'symbol' | 'strategy' | 'trades'>): Array<Array<string | number>> {
  return run.trades.map((trade) => [
    run.symbol, run.strategy, trade.side, trade.entry_time, trade.entry_price, trade.exit_time, trade.exit_price, trade.units, trade.pnl, trade.return, trade.bars_held,
  ]);
}

const field = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Every run's trades as one CSV (a header, then each run's trades in rank order). */
export function tradesCsv(runs: ReadonlyArray<Pick<RunCharts, 'symbol' | 'strategy' | 'trades'>>): string {
  const lines = [TRADE_COLUMNS.join(','), ...runs.flatMap((run) => tradeRows(run).map((row) => row.map(field).join(',')))];
  return `${lines.join('\n')}\n`;
}
