import type { RankingRow } from '../risk/risk_analysis.js';
import { formatMetric } from '../risk/format_metric.js';
import { METRIC_DESCRIPTIONS } from '../risk/metric_descriptions.js';
import { METRIC_KEYS, type MetricKey } from '../risk/types.js';
import type { ReportTable, TableCell } from './report_document.js';
import { describeRun } from './run_description.js';

/** The metrics of the short table (Markdown, terminal); the HTML table shows all of METRIC_KEYS. */
export const BRIEF_METRICS: readonly MetricKey[] = ['total_return', 'cagr', 'sharpe_ratio', 'sortino_ratio', 'max_drawdown', 'win_rate', 'num_trades', 'final_equity'];

/** Brief metrics first, in their order, then the rest. */
const COLUMN_METRICS: readonly MetricKey[] = [...BRIEF_METRICS, ...METRIC_KEYS.filter((metric) => !BRIEF_METRICS.includes(metric))];

export function metricCell(metric: MetricKey, value: number | null): TableCell {
  return { text: formatMetric(metric, value), value, format: METRIC_DESCRIPTIONS[metric].format };
}

/** Every run, ranked best first, with every metric; the ranking metric's column is highlighted. */
export function rankingTable(rows: readonly Pick<RankingRow, 'rank' | 'symbol' | 'strategy' | 'params' | 'baseline' | 'metrics'>[], rankBy: MetricKey): ReportTable {
  return {
    columns: [
      { key: 'rank', label: '#', align: 'left', brief: true, description: 'Rank by the ranking metric, best first' },
      { key: 'symbol', label: 'Symbol', align: 'left', brief: true },
      { key: 'strategy', label: 'Strategy', align: 'left', brief: true, description: 'Strategy and its parameters' },
      ...COLUMN_METRICS.map((metric) => ({
        key: metric, label: METRIC_DESCRIPTIONS[metric].label, align: 'right' as const, highlighted: metric === rankBy,
        description: METRIC_DESCRIPTIONS[metric].description, brief: BRIEF_METRICS.includes(metric),
      })),
    ],
    rows: rows.map((row) => [
      { text: String(row.rank), value: row.rank, format: 'count' },
      { text: row.symbol },
      { text: describeRun(row), baseline: row.baseline },
      ...COLUMN_METRICS.map((metric) => metricCell(metric, row.metrics[metric])),
    ]),
  };
}
