import { builtBarsNotes } from '../tools/data/build_bars.js';
import { buildReport } from '../tools/report/build_report.js';
import type { ReportDocument } from '../tools/report/report_document.js';
import type { RankingRow } from '../tools/risk/risk_analysis.js';
import type { ExperimentRepository } from './experiment_repository.js';
import type { Experiment } from './get_experiment.js';

const NO_CURVES_NOTE = 'This experiment was saved before reports were kept with experiments, so its charts and trade lists are not stored; ' +
  'the tables come from the saved results. `btp experiments rerun <id>` runs it again.';

/** The report of an experiment saved without one: its text and tables from the stored results, no charts. */
function reportFromResults(experiment: Experiment): ReportDocument {
  const rows: RankingRow[] = experiment.results.map((result) => ({
    rank: result.rank, symbol: result.symbol, strategy: result.strategy, params: result.params, baseline: result.baseline,
    range: result.range, metrics: result.metrics, vs_buy_and_hold: null, targets: null,
  }));
  return buildReport({
    spec: experiment.request_spec,
    validationNotes: [NO_CURVES_NOTE.replace('<id>', String(experiment.id))],
    marketData: experiment.data_files.map((file) => {
      const result = experiment.results.find((candidate) => candidate.symbol === file.symbol);
      return { ...file, first: result?.range.start ?? '', last: result?.range.end ?? '', bars: result?.range.bars ?? 0, data_ok: true, data_notes: builtBarsNotes(file) };
    }),
    ranking: { rank_by: experiment.request_spec.rank_by, rows, notes: [] },
    optimization: null,
    engine: { ...experiment.engine_settings },
    request: experiment.user_query,
  });
}

/**
 * The report of a saved experiment, exactly as it was built when the run finished (nothing is
 * re-run), with the experiment's id and request; rebuilt from the stored results for older ones.
 */
export async function reportOfExperiment(repository: ExperimentRepository, id: number): Promise<{ experiment: Experiment; document: ReportDocument }> {
  const experiment = await repository.get(id);
  // Written from a ReportDocument by the same code that reads it.
  const saved = (await repository.report(experiment.id)) as unknown as ReportDocument | null;
  const document = saved ?? reportFromResults(experiment);
  return { experiment, document: { ...document, experiment_id: experiment.id, request: document.request ?? experiment.user_query } };
}
