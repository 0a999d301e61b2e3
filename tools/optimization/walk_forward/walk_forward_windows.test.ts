import { describe, expect, it } from 'vitest';
import { walkForwardWindows } from './walk_forward_windows.js';

describe('walkForwardWindows', () => {
  it('tiles the end with test windows, worked by hand', () => {
    // D = 100, k = 4, h = 0.3: S = ⌊30 / (0.7 + 1.2)⌋ = ⌊15.79⌋ = 15; T = 100 − 60 = 40.
    expect(walkForwardWindows(100, 4, 0.3, 'rolling')).toEqual([
      { train: [0, 39], test: [40, 54] },
      { train: [15, 54], test: [55, 69] },
      { train: [30, 69], test: [70, 84] },
      { train: [45, 84], test: [85, 99] },
    ]);
  });

  it('anchors every training window at the first day', () => {
    expect(walkForwardWindows(100, 4, 0.3, 'anchored')).toEqual([
      { train: [0, 39], test: [40, 54] },
      { train: [0, 54], test: [55, 69] },
      { train: [0, 69], test: [70, 84] },
      { train: [0, 84], test: [85, 99] },
    ]);
  });

  it('is the plain holdout split with one fold', () => {
    // D = 10, k = 1, h = 0.3: S = ⌊3 / 1⌋ = 3, T = 7.
    expect(walkForwardWindows(10, 1, 0.3, 'rolling')).toEqual([{ train: [0, 6], test: [7, 9] }]);
  });

  it('refuses windows too short to split', () => {
    expect(() => walkForwardWindows(12, 5, 0.3, 'rolling')).toThrow(expect.objectContaining({ code: 'insufficient_history' }));
    expect(() => walkForwardWindows(100, 0, 0.3, 'rolling')).toThrow(expect.objectContaining({ code: 'bad_parameters' }));
  });
});
