import type { SeriesProvenance } from '../data/provenance.js';

/**
 * Where a series came from, in words, the one way every report, table and listing says it:
 * `sample`, `file`, `binance (BTC/USDT), fetched 2026-12-01`, `yahoo (SPY, split- and
 * dividend-adjusted), fetched 2026-12-01`, `sample, built from 1h bars` (bars no file holds, built
 * from a finer file); `unknown` for a run saved before sources were recorded.
 */
export function describeSource(provenance: SeriesProvenance | undefined): string {
  if (!provenance) return 'unknown';
  const details = [provenance.market, provenance.adjusted ? 'split- and dividend-adjusted' : undefined].filter(Boolean);
  const fetched = provenance.fetched_at ? `, fetched ${provenance.fetched_at.slice(0, 10)}` : '';
  const built = provenance.built_from ? `, built from ${provenance.built_from} bars` : '';
  return `${provenance.source}${details.length > 0 ? ` (${details.join(', ')})` : ''}${fetched}${built}`;
}

/**
 * The SHA-256 to show beside a data file's name: the file's own. A series built from a finer file
 * (4h from 1h) is named by a digest of its own (`sha256`), the file's is its provenance's.
 */
export function fileDigestOf(data: { sha256: string; provenance?: SeriesProvenance }): string {
  return data.provenance?.built_from !== undefined ? data.provenance.digest : data.sha256;
}
