import type { Experiment } from '../../memory/get_experiment.js';
import type { MarketDataSummary } from '../../tools/data/market_data_summary.js';
import type { SeriesProvenance } from '../../tools/data/provenance.js';
import type { RiskAnalysis } from '../../tools/risk/risk_analysis.js';
import type { MetricKey, PerformanceMetrics } from '../../tools/risk/types.js';

// Four significant digits: more than any sentence about a result needs, a third of the bytes.
const MODEL_DIGITS = 4;

/**
 * A tool reply as the model reads it: every fractional number rounded to four significant digits.
 * The reply is stored in the session's events for every turn, while the report, the session's
 * run values and the experiment store keep full precision; no number the user sees comes from here.
 */
export function roundForModel<T>(value: T): T {
  if (typeof value === 'number') return (Number.isFinite(value) && !Number.isInteger(value) ? Number(value.toPrecision(MODEL_DIGITS)) : value) as T;
  if (Array.isArray(value)) return value.map(roundForModel) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, roundForModel(item)])) as T;
  }
  return value;
}

/** The figures every ranking row shows the model; the report that ends the turn has the full table. */
const HEADLINE_METRICS: readonly MetricKey[] = ['total_return', 'cagr', 'sharpe_ratio', 'max_drawdown', 'num_trades'];

function headlineMetrics(metrics: PerformanceMetrics, extra: readonly MetricKey[]): Partial<PerformanceMetrics> {
  const keys = new Set([...HEADLINE_METRICS, ...extra]);
  return Object.fromEntries(Object.entries(metrics).filter(([key]) => keys.has(key as MetricKey)));
}

/**
 * The ranking as the model reads it: each row's headline metrics (plus the ranking metric and any
 * targeted one) and whether it meets the targets. It stays in the session's events for every later
 * turn, where the report's table (same turn) already holds the rest, so the rest is left out here.
 * A row's window is given only where it differs from the first row's, the usual whole window.
 */
export function riskForModel(analysis: RiskAnalysis) {
  const window = analysis.rows[0]?.range;
  const sameWindow = (range: RiskAnalysis['rows'][number]['range']) => window !== undefined && range.start === window.start && range.end === window.end && range.bars === window.bars;
  return roundForModel({
    rank_by: analysis.rank_by,
    ...(window ? { window } : {}),
    rows: analysis.rows.map(({ range, targets, metrics, vs_buy_and_hold: _edge, ...row }) => ({
      ...row,
      metrics: headlineMetrics(metrics, [analysis.rank_by, ...(targets?.checks.map((check) => check.metric) ?? [])]),
      ...(sameWindow(range) ? {} : { range }),
      ...(targets ? { targets_met: targets.all_met, target_score: targets.score } : {}),
    })),
    notes: analysis.notes,
    ...(analysis.portfolio ? { portfolio: analysis.portfolio } : {}),
  });
}

/**
 * A loaded series as the model reads it: where it came from and what it holds. The full digest and
 * the file's location stay in session state and the report (which shows the digest's first 12 characters, as here).
 */
export function marketDataForModel(data: MarketDataSummary) {
  const { sha256, provenance, ...rest } = data;
  return { ...rest, sha256: sha256.slice(0, 12), ...sourceOf(provenance) };
}

// The source's name is all a sentence needs; the id and digest repeat the file and sha256 beside it.
const sourceOf = (provenance: SeriesProvenance | undefined) => (provenance ? { source: provenance.source } : {});

/** A data ref (a result's `data`, an experiment's data file) as the model reads it: its source's name in place of its provenance. */
export function dataRefForModel<Ref extends { provenance?: SeriesProvenance }>(ref: Ref): Omit<Ref, 'provenance'> & { source?: string } {
  const { provenance, ...rest } = ref;
  return { ...rest, ...sourceOf(provenance) };
}

/** A saved experiment as the model reads it: each result's data and each data file name their source only. */
export function experimentForModel(experiment: Experiment) {
  return {
    ...experiment,
    results: experiment.results.map((result) => ({ ...result, data: dataRefForModel(result.data) })),
    data_files: experiment.data_files.map(dataRefForModel),
  };
}
