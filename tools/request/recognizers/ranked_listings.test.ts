import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });

describe('runs named as a listing names them but ranked by a metric, with a count and an end, are a ranking', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // Round 70's line (before: a listing of ten).
    ['show me the 3 worst runs by drawdown from the last 30 days', best({ metric: 'max_drawdown', count: 3, order: 'worst', days: 30 })],
    ['list the 5 best runs by sortino from the past week', best({ metric: 'sortino_ratio', count: 5, days: 7 })],
    ['the 4 weakest backtests by calmar, last 60 days', best({ metric: 'calmar_ratio', count: 4, order: 'worst', days: 60 })],
    ['pull up the top 3 tests by win rate from this month', best({ metric: 'win_rate', count: 3, days: 30 })],
    ['the five best by sortino this month', best({ metric: 'sortino_ratio', count: 5, days: 30 })],
    ['give me my 2 worst sharpe runs', best({ metric: 'sharpe_ratio', count: 2, order: 'worst' })],
    ['bottom 3 runs by cagr', best({ metric: 'cagr', count: 3, order: 'worst' })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});

describe('must not change: listings without a metric stay listings, a ranking of no runs stays a request', () => {
  const cases: Array<[string, MemoryQuestion | undefined]> = [
    ['show the last 10 runs', { tool: 'list_experiments', args: { limit: 10 } }],
    ['show me the last 5 runs on eth', { tool: 'list_experiments', args: { limit: 5, symbol: 'ETH' } }],
    ['show me the top 3 by sortino', undefined],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});
