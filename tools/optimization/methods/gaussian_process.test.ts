import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedImprovement } from './expected_improvement.js';
import { fitBestGaussianProcess, fitGaussianProcess, maternKernel } from './gaussian_process.js';

describe('Gaussian process', () => {
  it('has the Matérn 5/2 kernel worked by hand', () => {
    // r = 0.5, ℓ = 0.5: s = √5 = 2.236068; (1 + s + s²/3)·e^(−s) = (1 + 2.236068 + 1.666667)·0.106878 = 0.524015.
    expect(maternKernel([0, 0], [0.3, 0.4], 0.5)).toBeCloseTo((1 + Math.sqrt(5) + 5 / 3) * Math.exp(-Math.sqrt(5)), 14);
    expect(maternKernel([0.2], [0.2], 0.1)).toBe(1);
  });

  it('gives the one-point posterior worked by hand', () => {
    // One observation y = 2 at x = 0, noise 0.01, ℓ = 0.5. At x = 0.5: k = 0.524015;
    // mean = k·y / (1 + 0.01) = 1.037654; variance = 1 − k² / 1.01 = 0.728126.
    const gp = fitGaussianProcess([[0]], [2], { lengthScale: 0.5, noise: 0.01 })!;
    const k = (1 + Math.sqrt(5) + 5 / 3) * Math.exp(-Math.sqrt(5));
    const prediction = gp.predict([0.5]);
    expect(prediction.mean).toBeCloseTo((k * 2) / 1.01, 12);
    expect(prediction.variance).toBeCloseTo(1 - (k * k) / 1.01, 12);
    // log N(2; 0, 1.01) = −2²/(2·1.01) − ln(1.01)/2 − ln(2π)/2.
    expect(gp.logMarginalLikelihood).toBeCloseTo(-4 / 2.02 - Math.log(1.01) / 2 - Math.log(2 * Math.PI) / 2, 12);
  });

  it('interpolates its observations and is uncertain far from them', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 8 }), (ys) => {
      const xs = ys.map((_, index) => [index / ys.length]);
      const gp = fitGaussianProcess(xs, ys, { lengthScale: 0.3, noise: 1e-6 })!;
      return xs.every((x, index) => Math.abs(gp.predict(x).mean - ys[index]!) < 1e-3 && gp.predict(x).variance < 1e-3)
        && gp.predict([50]).variance > 0.99;
    }));
  });

  it('prefers the length-scale that fits a smooth function', async () => {
    const xs = Array.from({ length: 12 }, (_, index) => [index / 11]);
    const ys = xs.map(([x]) => Math.sin(3 * x!));
    expect((await fitBestGaussianProcess(xs, ys, [0.01, 0.5], 1e-6))!.lengthScale).toBe(0.5);
  });
});

describe('expected improvement', () => {
  it('matches values worked by hand', () => {
    // mean 1, σ 1, best 0, ξ 0: z = 1; 1·Φ(1) + 1·φ(1) = 0.841345 + 0.241971 = 1.083316.
    expect(expectedImprovement({ mean: 1, variance: 1 }, 0, 0)).toBeCloseTo(1.0833154705876864, 12);
    // mean 0 = best, σ 2: 0·Φ(0) + 2·φ(0) = 2/√(2π) = 0.797885.
    expect(expectedImprovement({ mean: 0, variance: 4 }, 0, 0)).toBeCloseTo(2 / Math.sqrt(2 * Math.PI), 12);
    // No uncertainty: the plain improvement, or 0.
    expect(expectedImprovement({ mean: 3, variance: 0 }, 1, 0.5)).toBe(1.5);
    expect(expectedImprovement({ mean: 0, variance: 0 }, 1, 0)).toBe(0);
  });

  it('stays accurate far below the best, where the two terms of the textbook formula cancel', () => {
    // Found by the property below: z ≈ −38.3 gave a negative value. The asymptotic series
    // EI = σ·φ(z)/z²·(1 − 3/z² + 15/z⁴ − …) is an independent check out there.
    const mean = -4.719135802469136;
    const variance = 0.015176882116456876;
    const sigma = Math.sqrt(variance);
    const z = mean / sigma;
    const asymptotic = (sigma * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) / (z * z)) * (1 - 3 / z ** 2 + 15 / z ** 4 - 105 / z ** 6);
    expect(expectedImprovement({ mean, variance }, 0, 0) / asymptotic).toBeCloseTo(1, 9);
    expect(expectedImprovement({ mean: -3, variance: 0.25 }, 0, 0)).toBeGreaterThan(0);
  });

  it('never is negative and grows with the uncertainty', () => {
    fc.assert(fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0.01, max: 4, noNaN: true }), (mean, variance) => {
      const ei = expectedImprovement({ mean, variance }, 0, 0);
      return ei >= 0 && expectedImprovement({ mean, variance: variance * 2 }, 0, 0) >= ei;
    }), { numRuns: 2_000 });
  });
});
