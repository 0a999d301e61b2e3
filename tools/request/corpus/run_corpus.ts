import Table from 'cli-table3';
import { loadConfig } from '../../../adk.config.js';
import { csvFolderSource } from '../../data/index.js';
import { loadCorpus } from './load_corpus.js';
import { REQUIRED_SCORE } from './required_score.js';
import { scoreByCategory, scoreCorpus } from './score_corpus.js';


/**
 * `npm run corpus`: reads every corpus request as `btp parse` does and prints the score per
 * category, then each failure with what differed (`--quiet` leaves the failures out). Exits 1 when
 * the whole corpus scores under REQUIRED_SCORE.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const symbols = await csvFolderSource(config).list();
  const results = scoreCorpus(loadCorpus(), symbols);
  const table = new Table({ head: ['category', 'passed', 'total', 'score'], colAligns: ['left', 'right', 'right', 'right'], style: { head: [], border: [] } });
  const rows = scoreByCategory(results);
  for (const row of rows) table.push([row.category, row.passed, row.total, `${((100 * row.passed) / row.total).toFixed(1)} %`]);
  if (!process.argv.includes('--quiet')) {
    for (const result of results.filter((item) => item.problems.length > 0)) {
      process.stdout.write(`FAIL ${result.case.where} [${result.case.category}] ${JSON.stringify(result.case.text)}\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
    }
  }
  process.stdout.write(`${table.toString()}\n`);
  const all = rows.at(-1)!;
  if (all.passed / all.total < REQUIRED_SCORE) {
    process.stderr.write(`corpus score ${((100 * all.passed) / all.total).toFixed(1)} % is under the required ${REQUIRED_SCORE * 100} %\n`);
    process.exitCode = 1;
  }
}

await main();
