import type { MarketDataSummary } from '../../tools/data/market_data_summary.js';
import type { RiskAnalysis } from '../../tools/risk/risk_analysis.js';

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

/**
 * The ranking as the model reads it: each row's metrics, its edge over buy-and-hold and whether it
 * meets the targets (the target checks repeat the metrics). A row's window is given only where it
 * differs from the first row's, which is the whole ranking's window in the usual case.
 */
export function riskForModel(analysis: RiskAnalysis) {
  const window = analysis.rows[0]?.range;
  const sameWindow = (range: RiskAnalysis['rows'][number]['range']) => window !== undefined && range.start === window.start && range.end === window.end && range.bars === window.bars;
  return roundForModel({
    rank_by: analysis.rank_by,
    ...(window ? { window } : {}),
    rows: analysis.rows.map(({ range, targets, ...row }) => ({
      ...row, ...(sameWindow(range) ? {} : { range }), ...(targets ? { targets_met: targets.all_met, target_score: targets.score } : {}),
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
  return { ...rest, sha256: sha256.slice(0, 12), ...(provenance ? { source: provenance.source } : {}) };
}
