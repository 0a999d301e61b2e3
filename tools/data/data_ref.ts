import { z } from 'zod';
import { SeriesProvenanceSchema } from './provenance.js';
import type { OhlcvSeries } from './types.js';

/**
 * The data a result ran on, as every result, portfolio asset and saved experiment records it: the
 * file, its SHA-256 and interval, and where the series came from (`provenance`: the source, the
 * portable file id, the digest, and for a fetched series the market and fetch time). Runs saved
 * before provenance was recorded have none: absent means unknown, never "the sample".
 */
export const DataRefSchema = z.object({
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256'),
  interval: z.string().min(1),
  provenance: SeriesProvenanceSchema.optional(),
}).strict();
export type DataRef = z.output<typeof DataRefSchema>;

export function dataRefOf(series: Pick<OhlcvSeries, 'file' | 'sha256' | 'interval' | 'provenance'>): DataRef {
  return { file: series.file, sha256: series.sha256, interval: series.interval, ...(series.provenance ? { provenance: series.provenance } : {}) };
}
