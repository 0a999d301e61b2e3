import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './recognizers/memory_question.js';

const TODAY = '2026-01-10';

describe('listings of saved runs in other words', () => {
  it.each([
    ['list everything I\'ve ever run on SPY', { limit: 50, symbol: 'SPY' }],
    ['what have I ever tested on ETH', { limit: 10, symbol: 'ETH' }],
    ['show me everything we have already run', { limit: 50 }],
    ['Show me my all saved backtest list please, 감사합니다', { limit: 50 }],
    ['show my run list', { limit: 10 }],
  ])('"%s"', (text, args) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual({ tool: 'list_experiments', args });
  });
});

describe('a count before a singular run noun is how many results', () => {
  it.each([
    ['Which 3 experiment were the best by sortino in last 30 days?', { metric: 'sortino_ratio', days: 30, count: 3 }],
    ['which 5 run had the best sharpe', { metric: 'sharpe_ratio', count: 5 }],
  ])('"%s"', (text, args) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual({ tool: 'best_experiment', args });
  });
});

describe('must not change', () => {
  it.each([
    'backtest list of tickers: AAPL, MSFT, sma 2020',
    'I\'ve already run sma on SPY, now try ema on SPY 2020',
    'everything I\'ve ever tried failed, test sma on spy 2020',
  ])('"%s" is a request', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });
});
