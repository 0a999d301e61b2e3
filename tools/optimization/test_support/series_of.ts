import type { OhlcvSeries } from '../../data/types.js';

/** A series of the given closes (opens equal the previous close), one bar per `intervalMs` from `firstDay`. */
export function seriesOf(closes: readonly number[], options: { firstDay?: string; intervalMs?: number } = {}): OhlcvSeries {
  const intervalMs = options.intervalMs ?? 86_400_000;
  const start = Date.parse(`${options.firstDay ?? '2021-01-01'}T00:00:00Z`);
  const close = Float64Array.from(closes);
  const open = Float64Array.from(closes, (value, index) => (index === 0 ? value : closes[index - 1]!));
  return {
    symbol: 'TEST', quote: 'USD', interval: intervalMs === 86_400_000 ? '1d' : '1h', intervalMs, assetClass: 'crypto',
    file: 'TEST-USD-1d.csv', sha256: `test-${closes.length}-${intervalMs}`, format: 'standard',
    time: Float64Array.from(closes, (_, index) => start + index * intervalMs),
    open, high: Float64Array.from(closes, (value, index) => Math.max(value, open[index]!)),
    low: Float64Array.from(closes, (value, index) => Math.min(value, open[index]!)), close,
    volume: new Float64Array(closes.length).fill(1),
  };
}
