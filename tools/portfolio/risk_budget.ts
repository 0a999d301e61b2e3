import { portfolioVariance, riskContributions, returnStatistics } from './optimize/return_statistics.js';

/** How the portfolio's risk splits across its symbols, at the target weights, over the run's window. */
export interface RiskBudget {
  /** Each symbol's annualised volatility of close-to-close returns; null with fewer than 2 returns. */
  volatility: Record<string, number | null>;
  /** Each symbol's share of the portfolio's variance at the target weights, w_i·(Σw)_i / wᵀΣw (they sum to 1); null when it has none. */
  risk_contributions: Record<string, number | null>;
  /** Σ w_i·σ_i / σ_p: 1 when the symbols move as one, higher the more holding them together cancels risk; null when σ_p is 0. */
  diversification_ratio: number | null;
}

/**
 * The realised risk split of fixed target weights: the sample covariance (ddof 1) of the symbols'
 * returns on the portfolio calendar, the same estimate the weight optimiser uses.
 */
export function riskBudget(symbols: readonly string[], returns: readonly Float64Array[], weights: Float64Array, periodsPerYear: number): RiskBudget {
  const samples = returns[0]?.length ?? 0;
  if (samples < 2) {
    const none = Object.fromEntries(symbols.map((symbol) => [symbol, null]));
    return { volatility: none, risk_contributions: { ...none }, diversification_ratio: null };
  }
  const { covariance } = returnStatistics(returns);
  const n = symbols.length;
  const sigma = symbols.map((_, i) => Math.sqrt(covariance[i * n + i]!));
  const contributions = riskContributions(covariance, weights);
  const variance = portfolioVariance(covariance, weights);
  const weightedSigma = sigma.reduce((sum, value, i) => sum + weights[i]! * value, 0);
  // A hedge that cancels to rounding dust has no risk to split.
  const portfolioSigma = Math.sqrt(Math.max(0, variance)) > 1e-12 * weightedSigma ? Math.sqrt(variance) : 0;
  return {
    volatility: Object.fromEntries(symbols.map((symbol, i) => [symbol, sigma[i]! * Math.sqrt(periodsPerYear)])),
    risk_contributions: Object.fromEntries(symbols.map((symbol, i) => [symbol, portfolioSigma > 0 ? contributions[i]! : null])),
    diversification_ratio: portfolioSigma > 0 ? weightedSigma / portfolioSigma : null,
  };
}
