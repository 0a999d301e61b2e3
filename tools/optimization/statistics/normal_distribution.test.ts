import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalPdf, normalQuantile } from './normal_distribution.js';

// Reference values from mpmath at 30 digits (an independent implementation), rounded to doubles.
const CDF: Array<[number, number]> = [
  [-6, 9.8658764503769814e-10], [-3.5, 0.00023262907903552504], [-3, 0.0013498980316300945], [-1, 0.15865525393145705],
  [0, 0.5], [0.5, 0.6914624612740131], [1.96, 0.97500210485177956], [2.5, 0.99379033467422386],
];
const QUANTILE: Array<[number, number]> = [
  [1e-6, -4.7534243088228989], [0.025, -1.9599639845400542], [0.3, -0.52440051270804078], [0.5, 0],
  [0.9, 1.2815515655446005], [0.99, 2.3263478740408411], [0.999, 3.0902323061678135],
];

describe('standard normal distribution', () => {
  it('matches reference values of Φ, the lower tail to relative precision', () => {
    // Relative precision in the lower tail, absolute elsewhere.
    for (const [x, expected] of CDF) expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(expected < 0.01 ? 1e-13 * expected : 1e-15);
  });

  it('matches reference values of Φ⁻¹', () => {
    for (const [p, expected] of QUANTILE) expect(normalQuantile(p)).toBeCloseTo(expected, 12);
  });

  it('has the density 1/√(2π) at 0', () => {
    expect(normalPdf(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
  });

  it('inverts Φ and is symmetric', () => {
    fc.assert(fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
      const x = normalQuantile(p);
      return Math.abs(normalCdf(x) - p) < 1e-13 && Math.abs(normalQuantile(1 - p) + x) < 1e-7 * Math.max(1, Math.abs(x));
    }));
  });

  it('gives the limits at 0 and 1 and NaN outside', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalCdf(-40)).toBeLessThan(1e-300);
    expect(normalCdf(40)).toBe(1);
  });
});
