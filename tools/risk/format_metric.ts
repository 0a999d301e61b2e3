import { METRIC_DESCRIPTIONS, type MetricFormat } from './metric_descriptions.js';
import type { MetricKey } from './types.js';

// Fixed locale so tables and reports read the same on every machine; 'negative' avoids "-0.00".
const twoDecimals = { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' } as const;
const FORMAT_OPTIONS: Readonly<Record<MetricFormat, Intl.NumberFormatOptions>> = {
  percent: { style: 'percent', ...twoDecimals },
  ratio: twoDecimals,
  count: { maximumFractionDigits: 0 },
  currency: twoDecimals,
};

// Made on first use: a process's first Intl.NumberFormat loads ICU's number data (about 12 ms),
// which a command that prints no formatted figure (`btp backtest --json`) need not pay.
const formatters = new Map<MetricFormat, Intl.NumberFormat>();

function formatterFor(format: MetricFormat): Intl.NumberFormat {
  let formatter = formatters.get(format);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', FORMAT_OPTIONS[format]);
    formatters.set(format, formatter);
  }
  return formatter;
}

/** A metric as people read it: `12.34%`, `1.25`, `42`, `12,345.67`; `n/a` when undefined. */
export function formatMetric(key: MetricKey, value: number | null): string {
  if (value === null) return 'n/a';
  return formatterFor(METRIC_DESCRIPTIONS[key].format).format(value);
}
