import { describe, expect, it } from 'vitest';
import { comparisonInput } from '../../bench/report_sample.js';
import { deleteExperiment } from '../../memory/delete_experiment.js';
import { openExperimentStore } from '../../memory/experiment_store.js';
import { getReportDocument } from '../../memory/get_report_document.js';
import { sqliteRepository } from '../../memory/sqlite_repository.js';
import { reportOfExperiment } from '../../memory/report_of_experiment.js';
import { saveExperiment } from '../../memory/save_experiment.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { buildReport } from '../../tools/report/build_report.js';
import { renderHtml } from '../../tools/report/render_html.js';
import { renderMarkdown } from '../../tools/report/render_markdown.js';
import { experimentInput } from './fixtures.js';
import { tempDatabasePath } from './temp_database.js';

describe('the report kept with an experiment (btp report <id>)', () => {
  it('comes back exactly as built, so every renderer redraws it without a re-run; deleting the experiment deletes it', async () => {
    const { input } = await comparisonInput();
    await closeWorkerPool();
    const document = buildReport(input);
    const store = openExperimentStore(tempDatabasePath());
    try {
      const { id } = saveExperiment(store, { ...experimentInput([{ symbol: 'BTC' }]), report: document as unknown as Record<string, unknown> });
      const saved = await reportOfExperiment(sqliteRepository(store), id);
      expect(saved.document).toEqual({ ...document, experiment_id: id });
      expect(renderMarkdown(saved.document)).toBe(renderMarkdown(document));
      expect(renderHtml(saved.document)).toContain(`Experiment #${id} (btp report ${id})`);
      deleteExperiment(store, id);
      expect(getReportDocument(store, id)).toBeNull();
    } finally {
      store.close();
    }
  });

  it('an experiment saved without one gets its tables from the stored results, and says why there are no charts', async () => {
    const store = openExperimentStore(tempDatabasePath());
    try {
      const { id } = saveExperiment(store, experimentInput([{ symbol: 'BTC', metrics: { sharpe_ratio: 1.25 } }, { symbol: 'ETH' }]));
      const { document } = await reportOfExperiment(sqliteRepository(store), id);
      expect(document.runs).toEqual([]);
      const markdown = renderMarkdown(document);
      expect(markdown).toContain('**BTC sma_crossover (short 20, long 50)** ranks first by Sharpe ratio (1.25)');
      expect(markdown).toContain(`saved before reports were kept with experiments`);
      expect(markdown).toContain(`btp experiments rerun ${id}`);
    } finally {
      store.close();
    }
  });
});
