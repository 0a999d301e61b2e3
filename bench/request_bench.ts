import path from 'node:path';
import { loadConfig } from '../adk.config.js';
import { csvFolderSource } from '../tools/data/index.js';
import { loadCorpus } from '../tools/request/corpus/load_corpus.js';
import { readCase } from '../tools/request/corpus/score_corpus.js';
import { medianMs, type BenchRow } from './measure.js';

const SECTION = 'request grammar';
/** The corpus lives beside its sources, not in dist/. */
const CORPUS_DIR = path.resolve('tools/request/corpus');

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

/**
 * How long reading one message takes, as the agent reads it (a question about saved runs, or a request
 * parsed and checked against the data), over every corpus line; a follow-up re-reads its conversation.
 */
export async function benchRequests(): Promise<BenchRow[]> {
  const symbols = await csvFolderSource(loadConfig()).list();
  const cases = loadCorpus(CORPUS_DIR);
  for (const corpusCase of cases) readCase(corpusCase, symbols); // warm: compiled code, phrase indexes
  const perCase = cases.map((corpusCase) => {
    const started = performance.now();
    readCase(corpusCase, symbols);
    return performance.now() - started;
  }).sort((a, b) => a - b);
  const wholeCorpus = medianMs(() => cases.forEach((corpusCase) => readCase(corpusCase, symbols)), { warmup: 0, runs: 3 });
  return [
    { section: SECTION, name: `reading one message (parse + check against the data), median over ${cases.length.toLocaleString('en-US')} corpus lines`, value: percentile(perCase, 0.5), unit: 'ms', target: '< 5 ms', met: percentile(perCase, 0.5) < 5 },
    { section: SECTION, name: 'reading one message, 95th percentile', value: percentile(perCase, 0.95), unit: 'ms' },
    { section: SECTION, name: 'reading one message, slowest corpus line', value: perCase.at(-1)!, unit: 'ms' },
    { section: SECTION, name: `the whole corpus (${cases.length.toLocaleString('en-US')} lines, follow-ups re-reading their conversations)`, value: wholeCorpus, unit: 'ms' },
  ];
}
