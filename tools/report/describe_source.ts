import type { SeriesProvenance } from '../data/provenance.js';

/**
 * Where a series came from, in words, the one way every report, table and listing says it:
 * `sample`, `file`, `binance (BTC/USDT), fetched 2026-12-01`, `yahoo (SPY, split- and
 * dividend-adjusted), fetched 2026-12-01`; `unknown` for a run saved before sources were recorded.
 */
export function describeSource(provenance: SeriesProvenance | undefined): string {
  if (!provenance) return 'unknown';
  const details = [provenance.market, provenance.adjusted ? 'split- and dividend-adjusted' : undefined].filter(Boolean);
  const fetched = provenance.fetched_at ? `, fetched ${provenance.fetched_at.slice(0, 10)}` : '';
  return `${provenance.source}${details.length > 0 ? ` (${details.join(', ')})` : ''}${fetched}`;
}
