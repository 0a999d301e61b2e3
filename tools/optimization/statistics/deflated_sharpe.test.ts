import { describe, expect, it } from 'vitest';
import { deflatedSharpeOfSelection, deflatedSharpeRatio, expectedMaximumSharpe, probabilisticSharpeRatio } from './deflated_sharpe.js';

describe('deflated Sharpe ratio', () => {
  it('reproduces the numerical example of Bailey & López de Prado (2014)', () => {
    // Annualised SR 2.5 over T = 1,250 daily returns, chosen from N = 100 trials whose annualised SRs
    // have variance 1/2; skewness −3, kurtosis 10. Per day: SR = 2.5/√250 = 0.158114, V = 0.5/250.
    // SR₀ = √0.002 · (0.42278·Φ⁻¹(0.99) + 0.57722·Φ⁻¹(1 − 1/(100e)))
    //     = 0.0447214 · (0.42278·2.326348 + 0.57722·2.556231) = 0.113172 (1.7894 annualised).
    // z = (0.158114 − 0.113172)·√1249 / √(1 + 3·0.158114 + 9/4·0.158114²) = 1.588296 / 1.237187 = 1.283816.
    // DSR = Φ(1.283816) = 0.9004, the paper's figure.
    expect(expectedMaximumSharpe(100, 0.5 / 250)).toBeCloseTo(0.11317200186513214, 12);
    const dsr = deflatedSharpeRatio({ sharpe: 2.5 / Math.sqrt(250), observations: 1250, skewness: -3, kurtosis: 10, trials: 100, sharpeVariance: 0.5 / 250 });
    expect(dsr).toBeCloseTo(0.9003968344493904, 10);
  });

  it('is the probabilistic Sharpe ratio against 0 for a single trial', () => {
    // SR 0.1 over T = 101 normal returns: z = 0.1·√100 / √(1 + 2/4·0.01) = 1 / √1.005 = 0.997509; Φ(z) = 0.840741.
    const sample = { sharpe: 0.1, observations: 101, skewness: 0, kurtosis: 3 };
    expect(expectedMaximumSharpe(1, 0.04)).toBe(0);
    expect(deflatedSharpeRatio({ ...sample, trials: 1, sharpeVariance: 0.04 })).toBeCloseTo(0.8407413278013518, 12);
    expect(probabilisticSharpeRatio(sample, 0)).toBeCloseTo(0.8407413278013518, 12);
  });

  it('falls as the number of trials grows', () => {
    const sample = { sharpe: 0.1, observations: 500, skewness: 0, kurtosis: 3, sharpeVariance: 0.001 };
    const values = [1, 10, 100, 1_000, 10_000].map((trials) => deflatedSharpeRatio({ ...sample, trials })!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]! - values[4]!).toBeGreaterThan(0.1);
  });

  it('works from annualised trial Sharpe ratios', () => {
    // Trials 1, 2, 3 annualised with 4 periods a year → per bar 0.5, 1, 1.5; sample variance 0.25; N = 3.
    // SR₀ = 0.5·(0.42278·Φ⁻¹(2/3) + 0.57722·Φ⁻¹(1 − 1/(3e))) = 0.5·(0.42278·0.430727 + 0.57722·1.161957) = 0.426402.
    // Pick SR 1.5 over T = 9 normal returns: z = (1.5 − 0.426402)·√8 / √(1 + 0.5·2.25) = 3.036619 / 1.457738 = 2.083086.
    // DSR = Φ(2.083086) = 0.981378.
    const dsr = deflatedSharpeOfSelection({
      sharpeRatio: 3, trialSharpeRatios: [1, null, 2, 3], periodsPerYear: 4,
      moments: { count: 9, mean: 0, skewness: 0, kurtosis: 3 },
    });
    expect(dsr).toBeCloseTo(0.98137828979929962, 12);
  });

  it('is null without a Sharpe ratio or with an impossible variance term', () => {
    expect(deflatedSharpeOfSelection({ sharpeRatio: null, trialSharpeRatios: [1], periodsPerYear: 365, moments: null })).toBeNull();
    expect(probabilisticSharpeRatio({ sharpe: 1, observations: 100, skewness: 5, kurtosis: 3 }, 0)).toBeNull();
  });
});
