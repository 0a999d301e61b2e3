import { BacktestPilotError } from '../../errors.js';

export type WalkForwardMode = 'rolling' | 'anchored';

/** Inclusive day indices of one fold's training and test windows. */
export interface FoldDays {
  train: [number, number];
  test: [number, number];
}

/**
 * The folds of a walk-forward analysis over `days` days: `folds` test windows of S days each tile
 * the end of the range, with S = ⌊D·h / ((1 − h) + k·h)⌋ so that each test window is to its
 * training window as h is to 1 − h; the first T = D − k·S days train the first fold. A rolling
 * training window keeps T days and moves with the test window; an anchored one always starts at day 0.
 */
export function walkForwardWindows(days: number, folds: number, holdoutFraction: number, mode: WalkForwardMode): FoldDays[] {
  if (!Number.isInteger(folds) || folds < 1 || folds > 50) {
    throw new BacktestPilotError('bad_parameters', `walk-forward folds must be a whole number from 1 to 50, got ${folds}`, { folds });
  }
  const testDays = Math.floor((days * holdoutFraction) / (1 - holdoutFraction + folds * holdoutFraction));
  const trainDays = days - folds * testDays;
  if (testDays < 2 || trainDays < 2) {
    throw new BacktestPilotError(
      'insufficient_history',
      `${days} day(s) are too few for ${folds} walk-forward folds (each test window would have ${testDays} day(s)); use fewer folds or a longer window`,
      { days, folds },
    );
  }
  return Array.from({ length: folds }, (_, fold) => {
    const testStart = trainDays + fold * testDays;
    return {
      train: [mode === 'anchored' ? 0 : fold * testDays, testStart - 1],
      test: [testStart, testStart + testDays - 1],
    };
  });
}
