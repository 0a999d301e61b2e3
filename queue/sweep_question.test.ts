import { describe, expect, it } from 'vitest';
import { parseSweepQuestion } from './sweep_question.js';

describe('parseSweepQuestion', () => {
  it.each([
    ['how is sweep 12 doing?', { id: 12, wants: 'progress' }],
    ['is sweep 12 done yet', { id: 12, wants: 'progress' }],
    ['status of sweep #7', { id: 7, wants: 'progress' }],
    ['sweep 3?', { id: 3, wants: 'progress' }],
    ['show the results of sweep 12', { id: 12, wants: 'results' }],
    ['what did sweep 12 find?', { id: 12, wants: 'results' }],
    ['Sweep 40: best strategy?', { id: 40, wants: 'results' }],
  ])('%s', (text, expected) => {
    expect(parseSweepQuestion(text)).toEqual(expected);
  });

  it.each([
    'Optimise SMA on BTC 2018-2024, target Sharpe > 1.5',
    'sweep the grid on BTC for 2022 with SMA',
    'how is sweep 1.5 doing',
    'how is sweep 0 doing',
    'Backtest SMA 20/50 on ETH for 2022 and sweep 12 strategies across the market with many words here',
  ])('is not a sweep question: %s', (text) => {
    expect(parseSweepQuestion(text)).toBeUndefined();
  });
});
