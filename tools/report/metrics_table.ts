import type { MetricKey, PerformanceMetrics } from '../risk/types.js';
import { METRIC_PROSE_NAMES } from './metric_names.js';
import { metricCell } from './ranking_table.js';
import type { ReportTable } from './report_document.js';

/** One row per metric, one column per labelled set of metrics (n/a where a set is missing). */
export function metricsTable(metrics: readonly MetricKey[], columns: ReadonlyArray<[string, PerformanceMetrics | null]>): ReportTable {
  return {
    columns: [
      { key: 'metric', label: '', align: 'left', brief: true },
      ...columns.map(([label], at) => ({ key: `set_${at}`, label, align: 'right' as const, brief: true })),
    ],
    rows: metrics.map((metric) => {
      const label = METRIC_PROSE_NAMES[metric];
      return [
        { text: `${label[0]!.toUpperCase()}${label.slice(1)}` },
        ...columns.map(([, set]) => (set ? metricCell(metric, set[metric]) : { text: 'n/a', value: null })),
      ];
    }),
  };
}
