import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../adk.config.js';
import { getSupportedSymbols } from '../../data/index.js';
import { loadCorpus, type LoadedCase } from './load_corpus.js';
import { REQUIRED_SCORE } from './required_score.js';
import { readCase, scoreByCategory, scoreCorpus } from './score_corpus.js';

/**
 * The request corpus (tools/request/corpus/*.jsonl, requests written apart from the grammar's unit
 * cases) must be read correctly at REQUIRED_SCORE; `npm run corpus` prints the failures. The corpus
 * is read once for both checks.
 */
describe('the request corpus', () => {
  let cases: LoadedCase[];
  let results: ReturnType<typeof scoreCorpus>;
  let symbols: Awaited<ReturnType<typeof getSupportedSymbols>>;

  beforeAll(async () => {
    const config = loadConfig();
    symbols = await getSupportedSymbols(config.dataDir, { cacheDir: config.cacheDir });
    cases = loadCorpus();
    results = scoreCorpus(cases, symbols);
    // 3,600 lines, each follow-up re-reading its conversation: about 30 s on a 2-CPU runner, more when it is busy.
  }, 240_000);

  it(`holds at least 400 requests and reads at least ${REQUIRED_SCORE * 100} % of them as a careful human would`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
    const all = scoreByCategory(results).at(-1)!;
    const failures = results.filter((result) => result.problems.length > 0).map((result) => `${result.case.where} ${result.case.text}: ${result.problems.join('; ')}`);
    expect(all.passed / all.total, failures.join('\n')).toBeGreaterThanOrEqual(REQUIRED_SCORE);
  });

  it('never reads a drawdown limit the wrong way round', () => {
    // A drawdown target that was read must be the one meant, and never one that seeks a deeper loss; a limit
    // not read at all is a miss, which the score above counts.
    const wrongWay = results.filter((result) => {
      if (!result.problems.some((problem) => problem.startsWith('targets'))) return false;
      const read = readCase(result.case, symbols);
      const target = read.memory === undefined && read.request.ok ? read.request.spec.targets.max_drawdown : undefined;
      if (target === undefined) return false;
      const meant = result.case.expect.targets?.max_drawdown;
      return target.operator.startsWith('<') || (meant !== undefined && (meant.operator !== target.operator || meant.value !== target.value));
    });
    expect(wrongWay.map((result) => result.case.text)).toEqual([]);
  });
});
