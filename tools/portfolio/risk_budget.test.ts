import { describe, expect, it } from 'vitest';
import { riskBudget } from './risk_budget.js';

const returns = (...values: number[]) => Float64Array.from(values);

describe('riskBudget', () => {
  it('splits the variance of perfectly correlated symbols by weight × volatility, with no diversification', () => {
    // σ_ETH = 2 σ_BTC, ρ = 1, 50/50: var = (¼ + 1 + 1)σ², BTC's share (¼ + ½)/2¼ = ⅓, ratio 1.5σ / 1.5σ = 1.
    const budget = riskBudget(['BTC', 'ETH'], [returns(0.01, -0.01, 0.01, -0.01), returns(0.02, -0.02, 0.02, -0.02)], Float64Array.of(0.5, 0.5), 365);
    expect(budget.risk_contributions.BTC).toBeCloseTo(1 / 3, 12);
    expect(budget.risk_contributions.ETH).toBeCloseTo(2 / 3, 12);
    expect(budget.diversification_ratio).toBeCloseTo(1, 12);
    // Sample σ (ddof 1) of ±0.01 over 4 returns: √(4·10⁻⁴ / 3), annualised by √365.
    expect(budget.volatility.BTC).toBeCloseTo(Math.sqrt(4e-4 / 3) * Math.sqrt(365), 12);
    expect(budget.volatility.ETH).toBeCloseTo(2 * Math.sqrt(4e-4 / 3) * Math.sqrt(365), 12);
  });

  it('gives uncorrelated symbols of equal volatility equal shares and a ratio of √2', () => {
    const budget = riskBudget(['SPY', 'GLD'], [returns(0.01, -0.01, 0.01, -0.01), returns(0.01, 0.01, -0.01, -0.01)], Float64Array.of(0.5, 0.5), 252);
    expect(budget.risk_contributions).toEqual({ SPY: expect.closeTo(0.5, 12), GLD: expect.closeTo(0.5, 12) });
    expect(budget.diversification_ratio).toBeCloseTo(Math.SQRT2, 12);
  });

  it('has no split when the mix does not move (a perfect hedge) or there are too few returns', () => {
    const hedge = riskBudget(['A', 'B'], [returns(0.01, -0.01, 0.01), returns(-0.01, 0.01, -0.01)], Float64Array.of(0.5, 0.5), 252);
    expect(hedge).toMatchObject({ risk_contributions: { A: null, B: null }, diversification_ratio: null });
    expect(riskBudget(['A'], [returns(0.01)], Float64Array.of(1), 252)).toEqual({ volatility: { A: null }, risk_contributions: { A: null }, diversification_ratio: null });
  });
});
