import { METRIC_DESCRIPTIONS, type MetricFormat } from './metric_descriptions.js';
import type { MetricKey } from './types.js';

// Fixed locale so tables and reports read the same on every machine; 'negative' avoids "-0.00".
const twoDecimals = { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' } as const;
const FORMATTERS: Readonly<Record<MetricFormat, Intl.NumberFormat>> = {
  percent: new Intl.NumberFormat('en-US', { style: 'percent', ...twoDecimals }),
  ratio: new Intl.NumberFormat('en-US', twoDecimals),
  count: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
  currency: new Intl.NumberFormat('en-US', twoDecimals),
};

/** A metric as people read it: `12.34%`, `1.25`, `42`, `12,345.67`; `n/a` when undefined. */
export function formatMetric(key: MetricKey, value: number | null): string {
  if (value === null) return 'n/a';
  return FORMATTERS[METRIC_DESCRIPTIONS[key].format].format(value);
}
