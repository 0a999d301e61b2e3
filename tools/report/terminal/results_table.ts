import Table from 'cli-table3';
import type { BacktestResult } from '../../backtest/backtest_result.js';
import { formatMetric } from '../../risk/index.js';
import type { MetricKey } from '../../risk/types.js';

const COLUMNS: ReadonlyArray<[MetricKey, string]> = [
  ['total_return', 'Return'], ['cagr', 'CAGR'], ['sharpe_ratio', 'Sharpe'], ['sortino_ratio', 'Sortino'],
  ['max_drawdown', 'Max DD'], ['win_rate', 'Win rate'], ['num_trades', 'Trades'], ['exposure', 'Exposure'],
  ['final_equity', 'Final equity'],
];

export function describeStrategyRun(result: Pick<BacktestResult, 'strategy' | 'params'>): string {
  const params = Object.entries(result.params).map(([name, value]) => `${name}=${value}`).join(',');
  return params ? `${result.strategy}(${params})` : result.strategy;
}

type TableRow = Pick<BacktestResult, 'symbol' | 'strategy' | 'params' | 'metrics'> & { data?: { interval: string } };

/**
 * A ranked table, best first; the ranking metric's header is marked. Saved experiments' results fit
 * too; `intervals` adds each result's bar interval (a sweep over several).
 */
export function renderResultsTable(results: ReadonlyArray<TableRow>, rankBy: MetricKey, options: { intervals?: boolean } = {}): string {
  const intervalColumn = options.intervals === true;
  const table = new Table({
    head: ['#', 'Symbol', ...(intervalColumn ? ['Interval'] : []), 'Strategy', ...COLUMNS.map(([key, label]) => (key === rankBy ? `${label} ▼` : label))],
    style: { head: [], border: [] },
    colAligns: ['right', 'left', ...(intervalColumn ? ['left' as const] : []), 'left', ...COLUMNS.map(() => 'right' as const)],
  });
  results.forEach((result, index) => {
    table.push([
      String(index + 1), result.symbol, ...(intervalColumn ? [result.data?.interval ?? ''] : []), describeStrategyRun(result),
      ...COLUMNS.map(([key]) => formatMetric(key, result.metrics[key])),
    ]);
  });
  return table.toString();
}
